// An invitation by email (issue 15): the message, and queueing it in the outbox with the write
// that made the invitation when the server sends email.
#pragma once
#include <string>

#include "auth/accounts.h"
#include "core/clock.h"
#include "http/context.h"
#include "mail/message.h"

namespace safeboard::accounts {

// RULE: issue 14 - the invitation names the board and says how long the link works; it carries
// no password and nothing else about the board.
mail::MailMessage InvitationMessage(const std::string& person_name, const std::string& email,
                                    const std::string& partnership_name, const std::string& link,
                                    core::TimePoint expires_at);

// Queues the invitation's email when the server sends email (ctx.mail_enabled), in the caller's
// transaction; whether it was queued. `partnership_name` may be "" (an account's new link).
bool QueueInvitationEmail(const http::Context& ctx, const std::string& person_name, const std::string& email,
                          const std::string& partnership_name, const auth::Invitation& invitation);

}  // namespace safeboard::accounts
