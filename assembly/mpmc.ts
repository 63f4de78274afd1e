// placeholder, filled by its owner
export function mpmcPlaceholder(): i32 { return 0 }
