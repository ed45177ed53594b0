// Browser test harness: starts safeboard on a fresh demo database, drives Debian's Chromium
// with playwright-core (never a downloaded browser), and checks every page with axe-core.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const binary = resolve(root, process.env.SAFEBOARD_BIN ?? "build/safeboard");
const staticDir = resolve(root, process.env.SAFEBOARD_STATIC ?? "build/static");

export const logins = {
  businessManager: { email: "business.manager@demo.safeboard.test", password: "demo-business-manager" },
  layMember: { email: "lay.member@demo.safeboard.test", password: "demo-lay-member" },
  admin: { email: "admin@demo.safeboard.test", password: "demo-admin" },
};

// The server's today (serve --today): the demo board's own date, so no test depends on the wall
// clock. Dates in the tests are counted from it.
export const today = "2012-03-31";
export const daysFromToday = (days) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86400000);
// Fills a GOV.UK date input (Day, Month, Year) in the fieldset with this legend.
export async function fillDate(page, legend, date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getUTCDate()));
  await group.getByLabel("Month").fill(String(date.getUTCMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getUTCFullYear()));
}

// Starts `safeboard serve` on a free port over a new demo database; resolves to
// { baseUrl, stop() }.
export async function startServer() {
  assert.ok(existsSync(binary), `safeboard binary not found at ${binary}: run scripts/build`);
  const dir = mkdtempSync(join(tmpdir(), "safeboard-e2e-"));
  const db = `sqlite:${join(dir, "demo.db")}`;
  execFileSync(binary, ["demo", "--database", db], { stdio: "ignore" });
  const server = spawn(binary, ["serve", "--database", db, "--port", "0", "--insecure-cookies",
                                "--static-dir", staticDir, "--today", today], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const baseUrl = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolvePort(match[1]); }
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", (chunk) => { output += chunk; });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    baseUrl,
    async stop() {
      server.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const pagesChecked = [];

// The widths every checked page is seen at: a desktop, and a phone (issue 15).
export const widths = [1280, 375];

// Fails the test if axe-core finds any WCAG 2.0/2.1/2.2 A or AA violation on the page, at each
// of `widths`, or if the page scrolls sideways at any of them. Leaves the page at the first width.
export async function checkAccessibility(page, label) {
  const height = page.viewportSize()?.height ?? 800;
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    pagesChecked.push(`${label} at ${width} px`);
    const problems = results.violations.map((v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(problems, [], `accessibility violations on ${label} at ${width} px (${page.url()})`);
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                       && !e.closest(".app-table-region") && getComputedStyle(e).visibility !== "hidden")
        .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${e.className}`);
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, wide };
    });
    assert.ok(overflow.scroll <= overflow.client,
              `${label} scrolls sideways at ${width} px (${overflow.scroll} > ${overflow.client}): ${overflow.wide.join(", ")}`);
  }
  await page.setViewportSize({ width: widths[0], height });
}

export async function signIn(page, baseUrl, { email, password }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/sign-in")),
                     page.getByRole("button", { name: "Sign in" }).click()]);
}

// Saves a screenshot next to the temp files when a step fails, and says where.
export async function screenshotOnFailure(page, name, step) {
  try {
    await step();
  } catch (error) {
    const file = join(tmpdir(), `safeboard-e2e-${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    error.message += `\n(screenshot: ${file})`;
    throw error;
  }
}
