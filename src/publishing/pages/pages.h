// Communications and the public website's pages (issue 18).
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

// Communications (communications.cc): the publications register and what the public site says;
// the board team adds a publication, withdraws one and sets the site's words.
http::Response ShowCommunications(http::Context& ctx);
http::Response AddPublication(http::Context& ctx);
http::Response WithdrawPublication(http::Context& ctx);
http::Response SaveSiteSettings(http::Context& ctx);
http::Response AddCommunicationActivity(http::Context& ctx);
// The public site (public_site.cc): home, about the board and its partners, publications,
// approved minutes, the complaints procedure, accessibility statement and privacy.
http::Response ShowPublicHome(http::Context& ctx);
http::Response ShowPublicAbout(http::Context& ctx);
http::Response ShowPublicPublications(http::Context& ctx);
http::Response ShowPublicMinutesList(http::Context& ctx);
http::Response ShowPublicComplaintsProcedure(http::Context& ctx);
http::Response ShowPublicAccessibility(http::Context& ctx);
http::Response ShowPublicPrivacy(http::Context& ctx);

}  // namespace safeboard::ui::pages
