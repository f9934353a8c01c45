import { expect, test, type Page } from "@playwright/test";

const EVENT_PATH = "/events/nk-troops-russia";

/** The address of one article of the demo event, read off the event page. */
async function findArticlePath(page: Page): Promise<string> {
  await page.goto(EVENT_PATH);
  const href = await page.getByRole("link", { name: /Blinken: Fast 10.000/ }).getAttribute("href");
  expect(href).toMatch(/^\/articles\//);
  return href!;
}

function expectSecurityHeaders(headers: Record<string, string>) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/_-]{22,}={0,2}' 'strict-dynamic'(;|$)/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  for (const directive of [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy.split("; ")).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
}

function nonceOf(headers: Record<string, string>): string {
  return /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
}

/**
 * Collects every CSP violation the page reports: Chromium's console message, and the
 * `securitypolicyviolation` event (recorded on window, and echoed to the console so that those of
 * an earlier document survive navigation).
 */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) fromConsole.push(message.text());
  });
  page.on("pageerror", (error) => fromConsole.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) => {
      const violation = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`;
      violations.push(violation);
      // The record on window goes with the document; the console outlives a navigation.
      console.error(`Content Security Policy violation: ${violation}`);
    });
  });
  return async () => {
    const fromEvents = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return [...fromConsole, ...fromEvents];
  };
}

/** React has hydrated the document: the Next.js client runtime ran and attached its fibers. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(
    () => "next" in window && Object.keys(document.body).some((key) => key.startsWith("__reactFiber$")),
  );
}

test("the events list, an event and an article carry the security headers, with a fresh nonce each time", async ({ page, request }) => {
  const articlePath = await findArticlePath(page);
  for (const path of ["/events", EVENT_PATH, articlePath]) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status()).toBe(200);
    expectSecurityHeaders(first.headers());
    expectSecurityHeaders(second.headers());
    expect(nonceOf(first.headers())).not.toBe(nonceOf(second.headers()));
    // Next.js put this response's nonce on its own scripts.
    expect(await first.text()).toContain(`nonce="${nonceOf(first.headers())}"`);
  }
  const asset = await request.get(
    (await page.locator("script[src^='/_next/static/']").first().getAttribute("src")) ?? "/_next/static/missing.js",
  );
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("reading through the app breaks no rule of the Content-Security-Policy, and the client code runs", async ({ page }) => {
  const violations = await watchForViolations(page);

  const listResponse = await page.goto("/events");
  expectSecurityHeaders(listResponse!.headers());
  await expectHydrated(page);

  // A client-side navigation: the RSC fetch and the new chunks must pass the policy too.
  await page.getByRole("link", { name: /North Korean troops in Russia's war against Ukraine/ }).click();
  await expect(page).toHaveURL(new RegExp(`${EVENT_PATH}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korean troops in Russia's war against Ukraine");
  const articlePath = await page.getByRole("link", { name: /Blinken: Fast 10.000/ }).getAttribute("href");

  const eventResponse = await page.goto(EVENT_PATH);
  expectSecurityHeaders(eventResponse!.headers());
  await expectHydrated(page);

  const articleResponse = await page.goto(articlePath!);
  expectSecurityHeaders(articleResponse!.headers());
  await expectHydrated(page);
  await expect(page.getByTestId("article-text")).toContainText("etwa 8.000");

  // Claims exist once someone ran "Find claims" (claims.spec.ts does): their tooltip is Radix,
  // positioned through inline styles, so it shows that style-src lets the widgets work.
  const mark = page.getByTestId("article-text").locator("mark").first();
  if ((await mark.count()) > 0) {
    await mark.focus();
    await expect(page.getByRole("tooltip")).toBeVisible();
  }

  // The screens with forms run the most client code: a facet view (review, verdict) and the
  // new-event form (a zod schema imported into a client bundle would probe eval here).
  await page.goto(EVENT_PATH);
  await page.getByRole("link", { name: "Who confirmed it first?" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who confirmed it first?");
  await expectHydrated(page);
  await page.goto("/events/new");
  await expectHydrated(page);

  expect(await violations()).toEqual([]);
});

test("an imported article's HTML shows as characters and never runs", async ({ page, request, baseURL }) => {
  const hostile = [
    "---",
    'title: "Hostile markup test"',
    "url: https://hostile.example/markup",
    "language: en",
    "---",
    "Hostile markup test",
    "",
    'More than 10,000 soldiers <script>window.__claimdiffPwned = 1</script> arrived <img src=x onerror="window.__claimdiffPwned = 2">.',
  ].join("\n");
  const imported = await request.post(`/api/events/nk-troops-russia/articles`, {
    data: hostile,
    headers: { "Content-Type": "text/markdown", Origin: baseURL! },
  });
  expect(imported.status()).toBeLessThan(300);
  // Straight to the reader: by now earlier tests have filled the overview's first page of articles.
  const { articleId } = (await imported.json()) as { articleId: string };

  await page.goto(`/articles/${articleId}`);
  const text = page.getByTestId("article-text");
  await expect(text).toContainText("<script>window.__claimdiffPwned = 1</script>");
  await expect(text).toContainText('<img src=x onerror="window.__claimdiffPwned = 2">');
  await expect(text.locator("script, img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __claimdiffPwned?: number }).__claimdiffPwned)).toBeUndefined();
});
