// placeholder, filled by its owner
export function windowPlaceholder(): i32 { return 0 }
