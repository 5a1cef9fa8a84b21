// Decodes FIT files with Garmin's JavaScript FIT SDK and prints, as one JSON object keyed by path, the session, lap
// and record fields RunStrong's FIT decoder reads, so its tests can hold the two readings side by side.
// Usage: node decode.mjs FILE...
import { readFileSync } from "node:fs";
import { Decoder, Stream } from "@garmin/fitsdk";

const seconds = (date) => (date instanceof Date ? date.getTime() / 1000 : date ?? null);
const value = (v) => (Array.isArray(v) ? v[0] : v) ?? null;

const summary = (m) => ({
    timestamp: seconds(m.timestamp),
    startTime: seconds(m.startTime),
    sport: value(m.sport),
    subSport: value(m.subSport),
    totalElapsedTime: value(m.totalElapsedTime),
    totalTimerTime: value(m.totalTimerTime),
    totalDistance: value(m.totalDistance),
    avgHeartRate: value(m.avgHeartRate),
    maxHeartRate: value(m.maxHeartRate),
    totalCalories: value(m.totalCalories),
    intensity: value(m.intensity),
});

const record = (m) => ({
    timestamp: seconds(m.timestamp),
    distance: value(m.distance),
    speed: value(m.enhancedSpeed ?? m.speed),
    heartRate: value(m.heartRate),
});

const result = {};
for (const path of process.argv.slice(2)) {
    const decoder = new Decoder(Stream.fromBuffer(readFileSync(path)));
    // The product does not merge HR messages into records, nor does it need unknown fields.
    const { messages, errors } = decoder.read({ mergeHeartRates: false, includeUnknownData: false });
    result[path] = {
        fileType: value(messages.fileIdMesgs?.[0]?.type),
        sessions: (messages.sessionMesgs ?? []).map(summary),
        laps: (messages.lapMesgs ?? []).map(summary),
        records: (messages.recordMesgs ?? []).map(record),
        errors: errors.map((e) => e.message),
    };
}

process.stdout.write(JSON.stringify(result));
