// Runs `npm ci` only when node_modules does not match package-lock.json (keeps rebuilds fast).
// Called by the Maven build (biometrics/pom.xml, phase initialize).
const { createHash } = require('crypto');
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = __dirname;
const lock = fs.readFileSync(path.join(dir, 'package-lock.json'));
const want = createHash('sha256').update(lock).digest('hex');
const stamp = path.join(dir, 'node_modules', '.egate-lock-sha256');
const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
if (have === want && fs.existsSync(path.join(dir, 'node_modules', '@vladmandic', 'face-api', 'model'))) {
  process.exit(0);
}
console.log('biometrics/models: npm ci (lockfile changed or node_modules absent)');
execSync('npm ci --no-audit --no-fund --ignore-scripts', { cwd: dir, stdio: 'inherit' });
fs.writeFileSync(stamp, want + '\n');
