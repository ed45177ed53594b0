// Who the client is, for the sign-in throttle and the audit log, when safeboard runs behind a
// reverse proxy.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::http {

// RULE: issue 12 - X-Forwarded-For is believed only from a proxy the operator named
// (`serve --trusted-proxy ADDR`): otherwise any client could pick its own address and dodge the
// throttle. From a trusted proxy, the client is the right-most address in the header (the one
// that proxy appended) that is not itself a trusted proxy; a header with no valid address there
// leaves the peer. `forwarded_for` holds each X-Forwarded-For header's value, in order.
std::string ClientAddress(std::string_view peer, const std::vector<std::string_view>& forwarded_for,
                          const std::vector<std::string>& trusted_proxies);

// An IPv4 or IPv6 address in its canonical text form, or "" when `text` is not one.
std::string CanonicalAddress(std::string_view text);

}  // namespace safeboard::http
