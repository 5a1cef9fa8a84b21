// Prints the path of the Chromium binary that @sparticuz/chromium carries, unpacking it on first use.
// The package unpacks into os.tmpdir() and reuses any "chromium" it finds there (shared by every user of any
// version, possibly half-written), so it is pointed at a staging folder of its own and the result is renamed
// into a folder named for this version: a half-unpacked browser is never seen, and concurrent first runs are harmless.
// Beside the binary it writes fonts.conf, naming only the fonts the package carries: with FONTCONFIG_FILE
// pointing at it, pages render (and screenshot) with the same fonts on every machine.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(join(here, "node_modules", "@sparticuz", "chromium", "package.json"), "utf8"));
// Under node_modules: npm ci starts it afresh, and git ignores it.
const target = join(here, "node_modules", `.chromium-${version}`);
const executable = join(target, "chromium");
const xml = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

if (!existsSync(executable)) {
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  process.env.TMPDIR = staging;
  const { default: chromium } = await import("@sparticuz/chromium");
  const unpacked = await chromium.executablePath();
  if (unpacked !== join(staging, "chromium")) {
    throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${staging}.`);
  }

  writeFileSync(join(staging, "fonts.conf"), [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<fontconfig>",
    `  <dir>${xml(join(target, "fonts", "fonts"))}</dir>`,
    `  <cachedir>${xml(join(target, "fonts-cache"))}</cachedir>`,
    "</fontconfig>",
    "",
  ].join("\n"));

  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process renamed its copy first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(executable)) {
      throw error;
    }
  }
}

process.stdout.write(executable + "\n");
