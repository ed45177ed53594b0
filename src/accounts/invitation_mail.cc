#include "accounts/invitation_mail.h"

#include "accounts/setup.h"
#include "core/date.h"
#include "mail/store.h"

namespace safeboard::accounts {

mail::MailMessage InvitationMessage(const std::string& person_name, const std::string& email,
                                    const std::string& partnership_name, const std::string& link,
                                    core::TimePoint expires_at) {
  std::string board = partnership_name.empty() ? "safeboard" : partnership_name;
  std::string body = "Dear " + person_name + ",\n\n";
  body += partnership_name.empty()
              ? "You have an account on safeboard. Set your password and sign in here:\n\n"
              : "You have been made the business manager of " + partnership_name +
                    " on safeboard, where the board keeps its meetings, plan and records. Set your password and "
                    "sign in here:\n\n";
  body += link + "\n\n";
  body += "The link works once, until " + core::FormatDateLong(core::DateOf(expires_at)) + " at " +
          core::FormatTimestamp(expires_at).substr(11, 5) +
          " (UTC). If it has expired, ask the person who set up your account for a new one.\n\n";
  body += "If you were not expecting this email, you can ignore it.\n";
  return {email, person_name, "Set your password for " + board, body};
}

bool QueueInvitationEmail(const http::Context& ctx, const std::string& person_name, const std::string& email,
                          const std::string& partnership_name, const auth::Invitation& invitation) {
  if (!ctx.mail_enabled) return false;
  auto message = InvitationMessage(person_name, email, partnership_name, ctx.base_url + InvitationPath(invitation),
                                   invitation.expires_at);
  if (mail::MailProblem(message)) return false;
  std::optional<std::int64_t> partnership_id;
  if (ctx.partnership) partnership_id = ctx.partnership->id;
  mail::Outbox(ctx.db).Queue(message, partnership_id, core::FormatTimestamp(ctx.clock.Now()));
  return true;
}

}  // namespace safeboard::accounts
