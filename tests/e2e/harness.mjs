// Browser test harness: starts safeboard on a fresh demo database, drives Debian's Chromium
// with playwright-core (never a downloaded browser), and checks every page with axe-core.
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:net";
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
  member: { email: "member@demo.safeboard.test", password: "demo-member" },
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

// A local SMTP sink (issue 15): the few commands libcurl's SMTP client sends, every message kept.
// Resolves to { url, messages, waitFor(predicate), stop() }; a message is { from, to: [...], data }.
export async function startSmtpSink() {
  const messages = [];
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("latin1");
    let buffer = "";
    let message = null;
    let inData = false;
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          message.data = buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.");
          buffer = buffer.slice(end + 5);
          messages.push(message);
          inData = false;
          socket.write("250 kept\r\n");
          continue;
        }
        const line = buffer.indexOf("\r\n");
        if (line < 0) return;
        const command = buffer.slice(0, line);
        buffer = buffer.slice(line + 2);
        const verb = command.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 sink\r\n");
        else if (verb === "MAIL") { message = { from: command.slice(10), to: [], data: "" }; socket.write("250 ok\r\n"); }
        else if (verb === "RCPT") { message.to.push(command.slice(8)); socket.write("250 ok\r\n"); }
        else if (verb === "DATA") { inData = true; socket.write("354 go on\r\n"); }
        else if (verb === "QUIT") { socket.end("221 bye\r\n"); return; }
        else socket.write("250 ok\r\n");  // RSET, NOOP
      }
    });
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `smtp://127.0.0.1:${server.address().port}`,
    messages,
    async waitFor(predicate, timeoutMs = 30000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.filter(predicate);
        if (found.length) return found;
        if (Date.now() > until) throw new Error(`no such message in the sink; it holds ${messages.length}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}

// A sunk message's subject (RFC 2047 encoded words decoded) and body (base64 decoded).
export function messageSubject(message) {
  const match = /^Subject: (.*(?:\r\n .*)*)/m.exec(message.data);
  if (!match) return "";
  return match[1].split("\r\n ").map((word) => {
    const encoded = /^=\?UTF-8\?B\?(.*)\?=$/.exec(word);
    return encoded ? Buffer.from(encoded[1], "base64").toString("utf8") : word;
  }).join("");
}
export function messageBody(message) {
  const split = message.data.indexOf("\r\n\r\n");
  const body = message.data.slice(split + 4);
  return /Content-Transfer-Encoding: base64/i.test(message.data.slice(0, split))
    ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body;
}

// Starts `safeboard serve` on a free port over a new demo database; resolves to
// { baseUrl, stop() }. With { smtp }, the server sends email through that SMTP server.
export async function startServer({ smtp } = {}) {
  assert.ok(existsSync(binary), `safeboard binary not found at ${binary}: run scripts/build`);
  const dir = mkdtempSync(join(tmpdir(), "safeboard-e2e-"));
  const db = `sqlite:${join(dir, "demo.db")}`;
  execFileSync(binary, ["demo", "--database", db], { stdio: "ignore" });
  const mail = smtp ? ["--smtp", smtp, "--mail-from", "board@demo.safeboard.test", "--base-url", "http://safeboard.test"] : [];
  const server = spawn(binary, ["serve", "--database", db, "--port", "0", "--insecure-cookies",
                                "--static-dir", staticDir, "--today", today, ...mail], { stdio: ["ignore", "pipe", "pipe"] });
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
