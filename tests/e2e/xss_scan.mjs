// Renders every page listed in SCAN_PAGES in Chromium, signed in, and reports any stored XSS
// payload that ran (window.__xss) or survived as markup (an element with id xss-probe, a script
// setting __xss). Used by scripts/security-scan after it filled every free-text field.
import { readFileSync } from "node:fs";
import { launchBrowser, signIn } from "./harness.mjs";

const pages = JSON.parse(readFileSync(process.env.SCAN_PAGES, "utf8"));
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
let dialogs = 0;
page.on("dialog", async (dialog) => { dialogs += 1; await dialog.dismiss(); });
await signIn(page, process.env.SCAN_BASE, { email: process.env.SCAN_EMAIL, password: process.env.SCAN_PASSWORD });
let executed = 0, markup = 0, rendered = 0, shown = 0;
for (const path of pages) {
  let response;
  try {
    response = await page.goto(`${process.env.SCAN_BASE}${path}`);
  } catch {
    continue;  // a download (an export), not a page
  }
  if (!response || response.status() !== 200) continue;
  rendered += 1;
  const found = await page.evaluate(() => ({
    ran: window.__xss === 1,
    probes: document.querySelectorAll("#xss-probe").length,
    scripts: [...document.querySelectorAll("script")].filter((s) => s.textContent.includes("__xss")).length,
    text: document.body.innerText.includes("onerror=\"window.__xss=1\""),
  }));
  if (found.ran) { executed += 1; console.error(`executed on ${path}`); }
  if (found.probes || found.scripts) { markup += 1; console.error(`payload markup on ${path}`); }
  if (found.text) shown += 1;
}
await browser.close();
console.log(`xss: ${rendered} pages rendered in Chromium, payload shown as text on ${shown}, ` +
            `${executed + dialogs} executions, ${markup} pages with payload markup`);
process.exit(executed + dialogs + markup ? 1 : 0);
