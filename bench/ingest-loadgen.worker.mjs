// Load generator for bench/ingest.bench.mjs, run as a separate process (node bench/ingest-loadgen.worker.mjs
// MODE PORT SECONDS ...). Prints one JSON line with what it sent.
//   tcp PORT SECONDS CONNECTIONS   as fast as TCP takes it, 100-byte payloads, priority 5
//   udp PORT SECONDS FRAMES_PER_DATAGRAM   as fast as the socket takes it
//   paced PORT SECONDS RATE   RATE events/s over one TCP connection, each payload starting with its send
//                             time (f64 ms, performance.timeOrigin + now), priority 255 (realtime)
import { connect } from 'node:net'
import { createSocket } from 'node:dgram'

const [mode, portText, secondsText, extraText] = process.argv.slice(2)
const port = Number(portText)
const seconds = Number(secondsText)
const extra = Number(extraText)
const payloadBytes = 100

function frame(topic, payload, priority) {
  const topicBytes = Buffer.from(topic)
  const out = Buffer.alloc(4 + 3 + topicBytes.length + payload.length)
  out.writeUInt32BE(out.length - 4, 0)
  out.writeUInt8(priority, 4)
  out.writeUInt16BE(topicBytes.length, 5)
  topicBytes.copy(out, 7)
  payload.copy(out, 7 + topicBytes.length)
  return out
}

function block(topic, count, priority) {
  const one = frame(topic, Buffer.alloc(payloadBytes, 0x61), priority)
  return { bytes: Buffer.concat(Array.from({ length: count }, () => one)), count }
}

async function tcp() {
  const { bytes, count } = block('bench/tcp', 4096, 5)
  const deadline = performance.now() + seconds * 1000
  const sent = await Promise.all(
    Array.from({ length: extra || 1 }, () =>
      new Promise((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port }, () => {
          let frames = 0
          const pump = () => {
            while (performance.now() < deadline) {
              frames += count
              if (!socket.write(bytes)) return socket.once('drain', pump)
            }
            socket.end(() => resolve(frames))
          }
          pump()
        })
        socket.on('error', reject)
      }),
    ),
  )
  return { frames: sent.reduce((a, b) => a + b, 0) }
}

async function udp() {
  const socket = createSocket({ type: 'udp4', sendBufferSize: 4 * 1024 * 1024 })
  const { bytes, count } = block('bench/udp', extra || 10, 5)
  const deadline = performance.now() + seconds * 1000
  let datagrams = 0
  let failed = 0
  await new Promise((resolve) => {
    let inflight = 0
    const pump = () => {
      while (performance.now() < deadline && inflight < 64) {
        inflight++
        socket.send(bytes, port, '127.0.0.1', (error) => {
          inflight--
          if (error) failed++
          else datagrams++
          if (performance.now() < deadline) setImmediate(pump)
          else if (inflight === 0) resolve()
        })
      }
    }
    pump()
  })
  socket.close()
  return { datagrams, frames: datagrams * count, failedSends: failed }
}

async function paced() {
  const socket = await new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => resolve(s))
    s.on('error', reject)
  })
  socket.setNoDelay(true)
  const rate = extra
  const one = frame('bench/latency', Buffer.alloc(payloadBytes, 0x61), 255)
  const payloadAt = one.length - payloadBytes
  const start = performance.now()
  let sent = 0
  const deadline = start + seconds * 1000
  // Every tick, send what the schedule owes (at most ~1 ms of events), stamped with the send time.
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now()
      if (now >= deadline) return resolve()
      const owed = Math.floor(((now - start) / 1000) * rate) - sent
      if (owed > 0) {
        const frames = Buffer.allocUnsafe(one.length * owed)
        const stamp = performance.timeOrigin + performance.now()
        for (let i = 0; i < owed; i++) {
          one.copy(frames, i * one.length)
          frames.writeDoubleLE(stamp, i * one.length + payloadAt)
        }
        socket.write(frames)
        sent += owed
      }
      // A timer, not setImmediate: a spinning generator would take one of the machine's 2 vCPUs.
      setTimeout(tick, 1)
    }
    tick()
  })
  await new Promise((resolve) => socket.end(resolve))
  return { frames: sent }
}

const result = mode === 'tcp' ? await tcp() : mode === 'udp' ? await udp() : await paced()
process.stdout.write(JSON.stringify(result) + '\n')
