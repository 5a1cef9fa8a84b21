// Writes the generated FIT files the decoder's tests and benchmark read, with Garmin's JavaScript FIT SDK Encoder.
// Deterministic: the same SDK version writes the same bytes, so the committed files can be checked against a rerun.
// Usage: node generate-fixtures.mjs OUTPUT_FOLDER
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Encoder, Profile } from "@garmin/fitsdk";

const out = process.argv[2] ?? "../Fixtures/Generated";
mkdirSync(out, { recursive: true });

// A fixed start keeps the output byte-for-byte stable: Saturday 2026-03-07 07:00:00 UTC.
const START = Date.UTC(2026, 2, 7, 7, 0, 0);
const at = (s) => new Date(START + s * 1000);

/** Steps of constant pace and heart rate, sampled at 1 Hz, one lap per step (or per `autoLapM` metres). */
function activity(steps, { autoLapM = null, extraRecordFields = null, developerField = null, startOffsetS = 0 } = {}) {
    const encoder = developerField ? new Encoder({ fieldDescriptions: { 0: developerField } }) : new Encoder();
    const begin = startOffsetS;
    encoder.onMesg(Profile.MesgNum.FILE_ID, {
        type: "activity", manufacturer: "development", product: 1, serialNumber: 1234, timeCreated: at(begin),
    });
    if (developerField) {
        encoder.onMesg(Profile.MesgNum.DEVELOPER_DATA_ID, developerField.developerDataIdMesg);
        encoder.onMesg(Profile.MesgNum.FIELD_DESCRIPTION, developerField.fieldDescriptionMesg);
    }
    encoder.onMesg(Profile.MesgNum.EVENT, { timestamp: at(begin), event: "timer", eventType: "start" });

    let t = begin, distance = 0, lapStart = begin, lapStartDistance = 0, lapHr = [], laps = [], allHr = [];
    const closeLap = (intensity) => {
        if (t === lapStart) return;
        const hrSum = lapHr.reduce((a, b) => a + b, 0);
        laps.push({
            messageIndex: laps.length, timestamp: at(t), startTime: at(lapStart), event: "lap", eventType: "stop",
            totalElapsedTime: t - lapStart, totalTimerTime: t - lapStart,
            totalDistance: Math.round((distance - lapStartDistance) * 100) / 100,
            avgHeartRate: Math.round(hrSum / lapHr.length), maxHeartRate: Math.max(...lapHr),
            intensity, sport: "running", lapTrigger: autoLapM ? "distance" : "manual",
        });
        encoder.onMesg(Profile.MesgNum.LAP, laps[laps.length - 1]);
        lapStart = t; lapStartDistance = distance; lapHr = [];
    };

    for (const step of steps) {
        for (let s = 0; s < step.seconds; s++) {
            // A gentle, deterministic wobble, so speed and heart rate are not flat lines.
            const wobble = Math.sin(t / 7);
            const speed = Math.round((1000 / step.paceSecondsPerKm) * (1 + 0.02 * wobble) * 1000) / 1000;
            const heartRate = Math.round(step.heartRate + 2 * wobble);
            const record = { timestamp: at(t), distance: Math.round(distance * 100) / 100, speed, heartRate };
            if (extraRecordFields) Object.assign(record, extraRecordFields(t, distance));
            if (developerField) record.developerFields = { 0: Math.round(250 + 20 * wobble) };
            encoder.onMesg(Profile.MesgNum.RECORD, record);
            lapHr.push(heartRate); allHr.push(heartRate);
            distance += speed;
            t++;
            if (autoLapM && distance - lapStartDistance >= autoLapM) closeLap(step.intensity);
        }
        if (!autoLapM) closeLap(step.intensity);
    }
    if (autoLapM) closeLap(steps[steps.length - 1].intensity);

    encoder.onMesg(Profile.MesgNum.EVENT, { timestamp: at(t), event: "timer", eventType: "stopAll" });
    encoder.onMesg(Profile.MesgNum.SESSION, {
        messageIndex: 0, timestamp: at(t), startTime: at(begin), event: "session", eventType: "stop",
        sport: "running", subSport: "generic", totalElapsedTime: t - begin, totalTimerTime: t - begin,
        totalDistance: Math.round(distance * 100) / 100, avgHeartRate: Math.round(allHr.reduce((a, b) => a + b, 0) / allHr.length),
        maxHeartRate: Math.max(...allHr), totalCalories: Math.round(distance / 1000 * 65), firstLapIndex: 0, numLaps: laps.length,
    });
    encoder.onMesg(Profile.MesgNum.ACTIVITY, {
        timestamp: at(t), totalTimerTime: t - begin, numSessions: 1, type: "manual", event: "activity", eventType: "stop",
    });
    return encoder.close();
}

const minutes = (m) => m * 60;
const step = (m, paceSecondsPerKm, heartRate, intensity) => ({ seconds: minutes(m), paceSecondsPerKm, heartRate, intensity });

const intervals = [step(10, 360, 135, "warmup")];
for (let i = 0; i < 6; i++) {
    intervals.push(step(3, 240, 170, "active"), step(2, 405, 135, "recovery"));
}
intervals.push(step(10, 360, 130, "cooldown"));

// Roughly the Thames path out of Oxford: position in semicircles (degrees * 2^31 / 180), altitude in metres.
const semicircles = (degrees) => Math.round(degrees * 2 ** 31 / 180);
const trail = (t, distance) => ({
    positionLat: semicircles(51.75 + distance / 111_000 * Math.cos(t / 3600)),
    positionLong: semicircles(-1.25 + distance / 69_000 * Math.sin(t / 3600)),
    altitude: 60 + 15 * Math.sin(distance / 2000),
    cadence: 84 + Math.round(2 * Math.sin(t / 11)),
});

const developerField = {
    developerDataIdMesg: { developerDataIndex: 0, applicationId: Array.from({ length: 16 }, (_, i) => i + 1), applicationVersion: 1 },
    fieldDescriptionMesg: {
        developerDataIndex: 0, fieldDefinitionNumber: 0, fitBaseTypeId: 0x84, fieldName: "Power", units: "watts",
        nativeMesgNum: Profile.MesgNum.RECORD, nativeFieldNum: 7,
    },
};

const easy = [step(20, 330, 145, "active")];
const files = {
    "interval-workout-run.fit": activity(intervals),
    "steady-run.fit": activity([step(60, 330, 145, "active")], { autoLapM: 1000 }),
    // 1 Hz records of 22 bytes each: about 12.7 hours reaches 1 MB.
    "long-run-1mb.fit": activity([step(763, 420, 140, "active")], { autoLapM: 5000, extraRecordFields: trail }),
    "developer-fields-run.fit": activity(easy, { developerField }),
};
files["big-endian-run.fit"] = toBigEndian(files["interval-workout-run.fit"]);
// Two runs a day apart, written as one chained FIT file.
files["chained-two-runs.fit"] = concat(activity(easy), activity([step(15, 300, 150, "active")], { startOffsetS: 86_400 }));
// The interval run cut 700 bytes before its end: the session and the last records are lost.
const intervalRun = files["interval-workout-run.fit"];
files["truncated-tail-run.fit"] = intervalRun.subarray(0, intervalRun.length - 700);

for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(out, name), bytes);
}

function concat(...parts) {
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { all.set(p, at); at += p.length; }
    return all;
}

/**
 * The same FIT file with every message in big-endian byte order (architecture 1), as devices with big-endian
 * processors write it; the SDK's Encoder writes little-endian only. Then recomputes the file CRC.
 */
function toBigEndian(input) {
    const bytes = Uint8Array.from(input);
    const sizes = { 0x83: 2, 0x84: 2, 0x85: 4, 0x86: 4, 0x88: 4, 0x89: 8, 0x8B: 2, 0x8C: 4, 0x8E: 8, 0x8F: 8, 0x90: 8 };
    const headerSize = bytes[0];
    const dataEnd = headerSize + (bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24);
    const layouts = [];
    let p = headerSize;
    while (p < dataEnd) {
        const header = bytes[p];
        if (header & 0x40) {
            const count = bytes[p + 5];
            bytes[p + 2] = 1;
            [bytes[p + 3], bytes[p + 4]] = [bytes[p + 4], bytes[p + 3]];
            const fields = [];
            for (let i = 0; i < count; i++) {
                const q = p + 6 + 3 * i;
                fields.push({ size: bytes[q + 1], element: sizes[bytes[q + 2]] ?? 1 });
            }
            let length = 6 + 3 * count;
            if (header & 0x20) {
                const devCount = bytes[p + length];
                for (let i = 0; i < devCount; i++) fields.push({ size: bytes[p + length + 1 + 3 * i + 1], element: 1 });
                length += 1 + 3 * devCount;
            }
            layouts[header & 0x0F] = fields;
            p += length;
        } else {
            let q = p + 1;
            for (const { size, element } of layouts[header & 0x0F]) {
                for (let e = q; element > 1 && e + element <= q + size; e += element) bytes.subarray(e, e + element).reverse();
                q += size;
            }
            p = q;
        }
    }
    const crc = fitCrc(bytes.subarray(0, dataEnd));
    bytes[dataEnd] = crc & 0xFF;
    bytes[dataEnd + 1] = crc >> 8;
    return bytes;
}

/** The FIT CRC-16 (FIT Protocol, "CRC"). */
function fitCrc(data) {
    let crc = 0;
    for (const b of data) {
        crc ^= b;
        for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
    }
    return crc;
}
