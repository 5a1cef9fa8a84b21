// Decodes FIT files with Garmin's JavaScript FIT SDK N times each and prints MB/s, the figure the C# decoder's
// benchmark (tests/RunStrong.Benchmarks, FitDecodingBenchmarks) is compared with. Decoder.read() runs with its default
// options, as an SDK user would call it; the input is already in memory, as it is for the C# benchmark.
// Usage: node benchmark-sdk.mjs [ITERATIONS] FILE...
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Decoder, Stream } from "@garmin/fitsdk";

const args = process.argv.slice(2);
const iterations = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 20;

for (const path of args) {
    const bytes = readFileSync(path);
    const decode = () => new Decoder(Stream.fromBuffer(bytes)).read().messages.recordMesgs?.length ?? 0;
    let records = 0;
    for (let i = 0; i < 3; i++) records = decode(); // warm-up: let the JIT settle

    const times = [];
    for (let i = 0; i < iterations; i++) {
        const start = process.hrtime.bigint();
        decode();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const megabytes = bytes.length / 1e6;
    console.log(`${basename(path)}: ${bytes.length} bytes, ${records} records, median ${median.toFixed(2)} ms ` +
        `(min ${times[0].toFixed(2)} ms) over ${iterations} runs = ${(megabytes / (median / 1000)).toFixed(1)} MB/s`);
}
