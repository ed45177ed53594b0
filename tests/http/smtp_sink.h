// A local SMTP sink for the tests: accepts what safeboard's SMTP client sends on loopback and
// keeps each message, so tests check what was sent (and that nothing was).
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace safeboard::testing {

struct SunkMessage {
  std::string mail_from;
  std::vector<std::string> recipients;
  std::string data;  // the message as sent (dot-stuffing undone)
  // From `data`: a header's value (unfolded) and the body decoded from base64.
  std::string Header(const std::string& name) const;
  std::string Body() const;
  std::string Subject() const;  // decoded from RFC 2047 words
};

class SmtpSink {
 public:
  SmtpSink();  // listening on 127.0.0.1, a free port
  ~SmtpSink();
  unsigned short port() const;
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port()); }
  // Waits until at least `count` messages have arrived (or `timeout` passes); all so far.
  std::vector<SunkMessage> WaitFor(std::size_t count, std::chrono::seconds timeout = std::chrono::seconds(30));
  std::vector<SunkMessage> Messages();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace safeboard::testing
