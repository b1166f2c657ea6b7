import { describe, expect, it } from "vitest";
import { fetchSettings, parseEnv } from "@/lib/env";

describe("the fetcher's environment", () => {
  it("reads FACTDESK_FETCH_ALLOW_HOSTS as host:port pairs and FACTDESK_FETCH_PROXY as a URL", () => {
    expect(fetchSettings({})).toEqual({ FACTDESK_FETCH_ALLOW_HOSTS: [] });
    expect(fetchSettings({ FACTDESK_FETCH_ALLOW_HOSTS: " Intranet.Example:443, 127.0.0.1:8080,[::1]:80 ", FACTDESK_FETCH_PROXY: "http://proxy.example:3128" })).toEqual({
      FACTDESK_FETCH_ALLOW_HOSTS: ["intranet.example:443", "127.0.0.1:8080", "[::1]:80"],
      FACTDESK_FETCH_PROXY: "http://proxy.example:3128",
    });
  });

  it("refuses a host without a port, a bare name list and a proxy that is not http(s), at startup too", () => {
    expect(() => fetchSettings({ FACTDESK_FETCH_ALLOW_HOSTS: "intranet.example" })).toThrow("FACTDESK_FETCH_ALLOW_HOSTS.0: must list host:port pairs");
    expect(() => fetchSettings({ FACTDESK_FETCH_ALLOW_HOSTS: "*:80" })).toThrow("must list host:port pairs");
    expect(() => fetchSettings({ FACTDESK_FETCH_PROXY: "socks5://proxy:1080" })).toThrow("FACTDESK_FETCH_PROXY: must be an http:// or https:// proxy URL");
    expect(() => parseEnv({ FACTDESK_FETCH_ALLOW_HOSTS: "a.example" })).toThrow("FACTDESK_FETCH_ALLOW_HOSTS.0");
  });
});
