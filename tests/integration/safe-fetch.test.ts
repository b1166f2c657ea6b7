import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText, FetchError, safeFetch, type SafeFetchOptions } from "@/lib/server/safe-fetch";
import { startFixtureServer, withAllowedHosts, type FixtureServer } from "../helpers/fixture-server";

let fixtures: FixtureServer;
beforeAll(async () => {
  fixtures = await startFixtureServer();
});
afterAll(async () => {
  await fixtures.close();
});

/** Fetches a fixture path with only the fixture server allowed. */
const fetchFixture = (pathname: string, options?: SafeFetchOptions) => withAllowedHosts(fixtures.hostPort, () => safeFetch(`${fixtures.origin}${pathname}`, options));

async function refusal(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("the safe fetcher, on saved pages", () => {
  it("fetches an allowed host's page with its final URL, status, type and charset", async () => {
    const page = await fetchFixture("/fr/meta-ia.html");
    expect(page).toMatchObject({ url: `${fixtures.origin}/fr/meta-ia.html`, status: 200, mediaType: "text/html", kind: "html", charset: "utf-8" });
    expect(decodeText(page.body, page.mediaType, page.charset)).toContain("intérêts légitimes");
  });

  it("follows up to 5 redirects and reports where it ended", async () => {
    const page = await fetchFixture("/hop/1");
    expect(page.url).toBe(`${fixtures.origin}/fr/meta-ia.html`);
  });

  it("decompresses gzip and reads a charset declared by http-equiv", async () => {
    const page = await fetchFixture("/en/inflation-gzip.html");
    expect(decodeText(page.body, page.mediaType, page.charset)).toContain("UK inflation fell sharply in April");
  });

  it("reads an ISO-8859-1 page in its charset", async () => {
    const page = await fetchFixture("/latin1.html");
    expect(decodeText(page.body, page.mediaType, page.charset)).toContain("l'âge légal de départ à la retraite");
  });

  it("refuses a page whose bytes are not in the charset it declares, and an unknown charset", async () => {
    const wrong = await fetchFixture("/wrong-charset.html");
    expect(() => decodeText(wrong.body, wrong.mediaType, wrong.charset)).toThrow(expect.objectContaining({ code: "bad_charset" }));
    const unknown = await fetchFixture("/unknown-charset.html");
    expect(() => decodeText(unknown.body, unknown.mediaType, unknown.charset)).toThrow(/x-klingon/);
  });

  it("fetches a PDF, and JSON only when asked for", async () => {
    const pdf = await fetchFixture("/report.pdf");
    expect(pdf.kind).toBe("pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await refusal(fetchFixture("/fact-checks.json"))).code).toBe("unsupported_type");
    expect((await fetchFixture("/fact-checks.json", { accept: ["json"] })).kind).toBe("json");
  });
});

describe("the safe fetcher refuses, each with its own error", () => {
  it.each([
    ["/to-loopback", "address_not_allowed", /127\.0\.0\.2/],
    ["/to-localhost", "address_not_allowed", /localhost is at 127\.0\.0\.1/],
    ["/to-metadata", "address_not_allowed", /169\.254\.169\.254/],
    ["/to-file", "invalid_url", /only http and https/i],
    ["/loop", "too_many_redirects", /more than 5 times/],
    ["/not-found", "http_error", /HTTP 404/],
    ["/image.png", "unsupported_type", /image\/png/],
    ["/gzip-bomb", "too_large", /larger than 5 MB/],
    ["/endless", "too_large", /larger than 5 MB/],
    ["/declared-huge", "too_large", /larger than 5 MB/],
  ])("%s → %s", async (pathname, code, message) => {
    const error = await refusal(fetchFixture(pathname));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.status).toBe(422);
    expect(error.fields).toEqual({ url: error.message });
  });

  it("gives the HTTP status of an http_error", async () => {
    expect((await refusal(fetchFixture("/not-found"))).httpStatus).toBe(404);
  });

  it("stops a slow server at the time limit", async () => {
    const error = await refusal(fetchFixture("/slow", { timeoutMs: 1500 }));
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/1\.5 s/);
  });

  it("counts redirects: a chain of 3 passes with 3 allowed, not with 2", async () => {
    expect((await fetchFixture("/hop/1", { maxRedirects: 3 })).status).toBe(200);
    expect((await refusal(fetchFixture("/hop/1", { maxRedirects: 2 }))).code).toBe("too_many_redirects");
  });
});

describe("without FACTDESK_FETCH_ALLOW_HOSTS", () => {
  const port = () => new URL(fixtures.origin).port;
  it.each([
    ["http://127.0.0.1:{port}/fr/meta-ia.html"],
    ["http://[::1]:{port}/fr/meta-ia.html"],
    ["http://0.0.0.0:{port}/fr/meta-ia.html"],
    ["http://localhost:{port}/fr/meta-ia.html"],
    ["http://2130706433:{port}/"],
    ["http://0x7f.1:{port}/"],
    ["http://[::ffff:127.0.0.1]:{port}/"],
    ["http://[::ffff:7f00:1]:{port}/"],
    ["http://169.254.169.254/latest/meta-data/"],
    ["http://[fd00:ec2::254]/latest/meta-data/"],
    ["http://100.100.100.200/latest/meta-data/"],
    ["http://10.0.0.1/"],
    ["http://192.168.1.1/"],
    ["http://172.16.5.4/"],
    ["http://[fe80::1]/"],
    ["http://[fc00::1]/"],
    ["http://224.0.0.1/"],
    ["http://[64:ff9b::7f00:1]/"],
  ])("%s is address_not_allowed", async (template) => {
    const before = fixtures.requests.length;
    const error = await refusal(withAllowedHosts("", () => safeFetch(template.replace("{port}", port()))));
    expect(error.code).toBe("address_not_allowed");
    expect(fixtures.requests.length).toBe(before); // nothing reached the server
  });

  it("allows a host only on the port it is listed with", async () => {
    const other = fixtures.hostPort.replace(/:\d+$/, ":1");
    expect((await refusal(withAllowedHosts(other, () => safeFetch(`${fixtures.origin}/fr/meta-ia.html`)))).code).toBe("address_not_allowed");
  });

  it.each([["ftp://example.org/x"], ["javascript:alert(1)"], ["not a url"], ["http://user:pw@example.org/"]])("%s is invalid_url", async (input) => {
    expect((await refusal(safeFetch(input))).code).toBe("invalid_url");
  });

  it("names a host that cannot be resolved", async () => {
    expect((await refusal(safeFetch("http://no-such-host.invalid/"))).code).toBe("unreachable");
  });
});

describe("through FACTDESK_FETCH_PROXY", () => {
  let proxy: http.Server;
  const seen: string[] = [];
  beforeAll(async () => {
    // A forward proxy: relays GETs given in absolute form, refuses CONNECT.
    proxy = http.createServer((request, response) => {
      seen.push(`${request.method} ${request.url} host=${request.headers.host}`);
      const upstream = http.request(request.url!, { headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.end();
    });
    proxy.on("connect", (request, socket) => {
      seen.push(`CONNECT ${request.url}`);
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  const viaProxy = async <T>(body: () => Promise<T>) => {
    process.env.FACTDESK_FETCH_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      return await withAllowedHosts(fixtures.hostPort, body);
    } finally {
      delete process.env.FACTDESK_FETCH_PROXY;
    }
  };

  it("sends the request for the checked address to the proxy, keeping the Host", async () => {
    const page = await viaProxy(() => safeFetch(`${fixtures.origin}/en/inflation.html`));
    expect(page.status).toBe(200);
    expect(seen).toContain(`GET ${fixtures.origin}/en/inflation.html host=${fixtures.hostPort}`);
  });

  it("tunnels https to the checked address with CONNECT, and says when the proxy refuses", async () => {
    const error = await refusal(viaProxy(() => safeFetch(`https://${fixtures.hostPort}/`)));
    expect(seen).toContain(`CONNECT ${fixtures.hostPort}`);
    expect(error.code).toBe("unreachable");
    expect(error.message).toMatch(/proxy refused.*403/);
  });

  it("still refuses private addresses itself", async () => {
    const error = await refusal(viaProxy(() => safeFetch("http://10.1.2.3/")));
    expect(error.code).toBe("address_not_allowed");
  });
});
