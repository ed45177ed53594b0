#include "accounts/pages/invitation_link.h"

#include <algorithm>

#include "accounts/setup.h"
#include "core/date.h"
#include "ui/components.h"

namespace safeboard::ui::pages::accounts_pages {

std::string AddressOf(const http::Context& ctx, const std::string& path) {
  std::string host(ctx.request.Header("host"));
  bool plain = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == ':' || c == '[' || c == ']';
  });
  if (!plain) return path;
  return (ctx.secure_cookies ? "https://" : "http://") + host + path;
}

void ShowInvitationLink(Html& h, const http::Context& ctx, const std::string& person_name,
                        const auth::Invitation& invitation, const std::string& emailed_to) {
  std::string path = accounts::InvitationPath(invitation);
  std::string address = ctx.base_url.empty() ? AddressOf(ctx, path) : ctx.base_url + path;
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Send " + person_name + " their invitation");
  h.Element("p", {{"class", "govuk-body"}},
            "This link lets " + person_name + " set a password and sign in. It works once, and only until " +
                core::FormatDateLong(core::DateOf(invitation.expires_at)) + " at " +
                core::FormatTimestamp(invitation.expires_at).substr(11, 5) +
                " (UTC). Copy it now: it is not shown again, but you can make a new one from User accounts.");
  h.Open("div", {{"class", "govuk-inset-text"}});
  h.Element("code", {{"class", "safeboard-invitation-link"}, {"id", "invitation-link"}}, address);
  h.Close("div");
  if (!emailed_to.empty())
    h.Element("p", {{"class", "govuk-body"}}, "safeboard has emailed this link to " + emailed_to + ".");
  else
    h.Element("p", {{"class", "govuk-body"}},
              "This server is not set up to send email, so send the link yourself, to their work email address "
              "only.");
}

}  // namespace safeboard::ui::pages::accounts_pages
