#include "accounts/invitations.h"

#include "auth/audit.h"
#include "governance/store.h"
#include "storage/database.h"

namespace safeboard::accounts {

std::optional<AcceptedInvitation> AcceptInvitation(http::Context& ctx, const std::string& token,
                                                   const core::FieldValues& values, core::FieldErrors& errors) {
  std::string password = core::ValueOf(values, "password");
  if (auto problem = auth::CheckNewPassword(password); !problem.empty())
    errors.Add("password", problem);
  else if (values.count("password_again") && core::ValueOf(values, "password_again") != password)
    errors.Add("password_again", "The two passwords are different: type the same password twice");
  if (!errors.empty()) return std::nullopt;
  storage::Transaction tx(ctx.db);
  auto user = auth::AcceptInvitation(ctx.db, ctx.clock, token, password);
  if (!user) return std::nullopt;
  AcceptedInvitation out{auth::StartSession(ctx.db, ctx.clock, *user), auth::RememberBrowser(ctx.db, ctx.clock, user->id),
                         governance::GovernanceStore(ctx.db).PartnershipsOfUser(user->id, user->is_admin)};
  auth::Audit(ctx.db, ctx.clock,
              {user->id, std::nullopt, auth::AuditAction::kAcceptInvitation, "user", user->id, "",
               ctx.request.remote_address});
  tx.Commit();
  return out;
}

}  // namespace safeboard::accounts
