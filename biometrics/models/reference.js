// Runs the original face-api (tfjs, wasm backend, jpeg-js decoder) on sample images shipped in the
// npm package and writes reference outputs for the Java fidelity test:
//   <out>/reference.json  boxes, landmarks, descriptors end to end from the JPEG; per image the
//                         SHA-256 of the RGB pixels jpeg-js decoded (our reference-identical JPEG
//                         decoder must reproduce them byte for byte)
//   <out>/<image>-<face>-landmark-input.png    the exact pixels the landmark net got (before its resize)
//   <out>/<image>-<face>-descriptor-input.png  the exact pixels the descriptor net got (before its resize)
// Usage: node reference.js OUT_DIR [sampleN.jpg ...]
// Also: node reference.js --bench IMAGE.jpg RUNS  (median ms of the whole JS pipeline, wasm backend)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const jpeg = require('jpeg-js');
const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');

const pkg = path.dirname(require.resolve('@vladmandic/face-api/package.json'));

function decode(file) {
  const img = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
  return { width: img.width, height: img.height, data: img.data };
}

function crc32(buf) {
  let c; const table = crc32.table || (crc32.table = Array.from({ length: 256 }, (_, n) => {
    c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0;
  }));
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function png(width, height, rgb) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const round = (v, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

async function setup() {
  wasm.setWasmPaths(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep);
  await tf.setBackend('wasm');
  await tf.ready();
  const model = path.join(pkg, 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(model);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(model);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(model);
}

async function pipeline(tensor) {
  return faceapi.detectAllFaces(tensor, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 10 }))
    .withFaceLandmarks().withFaceDescriptors();
}

function cropRgb(img, box) {
  const out = new Uint8Array(box.width * box.height * 3);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.y + y) * img.width + box.x) * 3;
    out.set(img.data.subarray(from, from + box.width * 3), y * box.width * 3);
  }
  return out;
}

async function reference(outDir, names) {
  const images = [];
  for (const name of names) {
    const img = decode(path.join(pkg, 'demo', name));
    const tensor = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
    const results = await pipeline(tensor);
    const faces = [];
    for (const [i, r] of results.entries()) {
      const det = r.detection.box;
      const lmCrop = det.clipAtImageBorders(img.width, img.height);
      const descCrop = r.landmarks.align(null, { useDlibAlignment: true }).clipAtImageBorders(img.width, img.height);
      // run the two nets on exactly these crops (this is what the library did internally)
      const lmPixels = cropRgb(img, lmCrop);
      const descPixels = cropRgb(img, descCrop);
      const lmTensor = tf.tensor3d(lmPixels, [lmCrop.height, lmCrop.width, 3], 'int32');
      const lm = await faceapi.nets.faceLandmark68Net.detectLandmarks(lmTensor);
      const descTensor = tf.tensor3d(descPixels, [descCrop.height, descCrop.width, 3], 'int32');
      const desc = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(descTensor);
      tf.dispose([lmTensor, descTensor]);
      const stem = `${path.basename(name, '.jpg')}-${i}`;
      fs.writeFileSync(path.join(outDir, `${stem}-landmark-input.png`), png(lmCrop.width, lmCrop.height, lmPixels));
      fs.writeFileSync(path.join(outDir, `${stem}-descriptor-input.png`), png(descCrop.width, descCrop.height, descPixels));
      faces.push({
        score: round(r.detection.score, 6),
        box: [det.x, det.y, det.width, det.height].map((v) => round(v)),
        landmarks: r.landmarks.positions.map((p) => [round(p.x), round(p.y)]),
        descriptor: Array.from(r.descriptor).map((v) => round(v, 7)),
        landmarkInput: { png: `${stem}-landmark-input.png`, box: [lmCrop.x, lmCrop.y, lmCrop.width, lmCrop.height],
          landmarks: lm.positions.map((p) => [round(p.x, 5), round(p.y, 5)]) },
        descriptorInput: { png: `${stem}-descriptor-input.png`, box: [descCrop.x, descCrop.y, descCrop.width, descCrop.height],
          descriptor: Array.from(desc).map((v) => round(v, 7)) },
      });
    }
    tf.dispose(tensor);
    const rgbSha256 = require('crypto').createHash('sha256').update(img.data).digest('hex');
    images.push({ image: `demo/${name}`, width: img.width, height: img.height, rgbSha256, faces });
    console.error(`${name}: ${faces.length} faces`);
  }
  const doc = {
    generatedBy: 'biometrics/models/reference.js',
    library: `@vladmandic/face-api ${faceapi.version}, @tensorflow/tfjs ${tf.version_core} (${tf.getBackend()}), jpeg-js`,
    detector: { minConfidence: 0.5, maxResults: 10 },
    images,
  };
  fs.writeFileSync(path.join(outDir, 'reference.json'), JSON.stringify(doc));
}

async function bench(file, runs) {
  const img = decode(file);
  const tensor = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
  const times = [];
  const cpu = [];
  let faces = 0;
  for (let i = 0; i < runs + 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await pipeline(tensor);
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    faces = r.length;
    if (i >= 3) { times.push(t); cpu.push((c.user + c.system) / 1000); }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = (v) => round(v[Math.floor(v.length / 2)], 2);
  // CPU time is what the shared, loaded build machine cannot distort much; wall time is reported too
  console.log(JSON.stringify({ image: file, faces, runs, backend: tf.getBackend(), medianMillis: median(times),
    minMillis: round(times[0], 2), medianCpuMillis: median(cpu), minCpuMillis: round(cpu[0], 2) }));
}

(async () => {
  await setup();
  const args = process.argv.slice(2);
  if (args[0] === '--bench') await bench(args[1], Number(args[2] || 20));
  else await reference(args[0], args.length > 1 ? args.slice(1) : ['sample1.jpg']);
})().catch((e) => { console.error(e); process.exit(1); });
