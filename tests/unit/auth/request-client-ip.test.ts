import { describe, expect, it } from "vitest";
import { requestClientIp } from "@/lib/auth/request-headers";
import { parseEnv } from "@/lib/env";

describe("the client's address behind a load balancer", () => {
  const trusted = parseEnv({ FACTDESK_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.5" }).FACTDESK_TRUSTED_PROXIES;

  it("is the socket's address when no balancer is trusted, whatever the client writes in X-Forwarded-For", () => {
    expect(parseEnv({}).FACTDESK_TRUSTED_PROXIES).toEqual([]);
    expect(requestClientIp("203.0.113.7", "198.51.100.1", [])).toBe("203.0.113.7");
    expect(requestClientIp("203.0.113.7", "198.51.100.1", trusted)).toBe("203.0.113.7");
  });

  it("is the entry the trusted balancer added (the last), not one a client forged before it", () => {
    expect(trusted).toEqual(["127.0.0.1", "10.0.0.5"]);
    expect(requestClientIp("10.0.0.5", "198.51.100.1", trusted)).toBe("198.51.100.1");
    expect(requestClientIp("127.0.0.1", "1.2.3.4, 198.51.100.1", trusted)).toBe("198.51.100.1");
    expect(requestClientIp("127.0.0.1", ["1.2.3.4", "198.51.100.2"], trusted)).toBe("198.51.100.2");
    expect(requestClientIp("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
  });
});
