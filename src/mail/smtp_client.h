// Sending one message to an SMTP server, through libcurl (Debian's libcurl4-openssl-dev):
// EHLO, STARTTLS when the server offers it (always TLS for smtps://), AUTH when the URL has a
// user, MAIL FROM, RCPT TO, DATA.
#pragma once
#include <chrono>
#include <stdexcept>
#include <string>

#include "mail/message.h"

namespace safeboard::mail {

struct SmtpSettings {
  std::string url;  // smtp://host:port or smtps://host:port, optionally smtp://user:password@host
  Sender from;
  std::chrono::seconds timeout{30};
};

struct MailError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Checks an --smtp address: nullopt when it can be used, otherwise why not.
std::optional<std::string> SmtpUrlProblem(const std::string& url);

// Sends `rendered` (RenderMessage) to `to_address`. Throws MailError with the server's or
// libcurl's message.
void SendRendered(const SmtpSettings& settings, const std::string& to_address, const std::string& rendered);

}  // namespace safeboard::mail
