// Validates SARIF logs against the official SARIF 2.1.0 schema (JSON Schema draft-04, vendored
// next to this folder with its NOTICE), with ajv + ajv-draft-04 + ajv-formats from npm
// (cmake/install-deps.sh installs them into test/sarif/node_modules).
// Usage: node validate_sarif.js <log.sarif>...   Exit 0 when every log is valid.
'use strict';
const fs = require('fs');
const path = require('path');

let Ajv04, addFormats;
try {
  Ajv04 = require('ajv-draft-04');
  addFormats = require('ajv-formats');
} catch (e) {
  console.error('validate_sarif: ajv-draft-04/ajv-formats are not installed ' +
                '(run cmake/install-deps.sh): ' + e.message);
  process.exit(2);
}
const schema = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv04({allErrors: true, strict: false});
addFormats(ajv);
const validate = ajv.compile(schema);

let status = 0;
for (const file of process.argv.slice(2)) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    status = 1;
    continue;
  }
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    status = 1;
    for (const error of validate.errors)
      console.error(`${file}: ${error.instancePath || '/'}: ${error.message}`);
  }
}
process.exit(status);
