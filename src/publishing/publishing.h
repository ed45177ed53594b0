// Communications and the public website (issue 18): what the board says about itself on its
// site (about the board, who to call locally) and its publications (leaflets, newsletters, the
// induction pack, annual reports, guidance: audience, format, distribution), each on the public
// site only once published and marked public, and off it once withdrawn. The records, the rules
// and the readers. No I/O, no clock.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::publishing {

using core::Date;

// What the site's home page says: about the board, and who to call locally (Markdown).
struct SiteSettings {
  std::string about;
  std::string who_to_call;
};

enum class PublicationKind { kLeaflet, kNewsletter, kInductionPack, kAnnualReport, kGuidance, kStrategy, kSurveyReport, kOther };
std::span<const core::Term<PublicationKind>> PublicationKinds();

struct Publication {
  std::int64_t id = 0;
  std::string title;
  PublicationKind kind = PublicationKind::kLeaflet;
  std::string audience;      // "parents and carers", "new board members"
  std::string format;        // "printed leaflet", "PDF"
  std::string distribution;  // how it reaches its audience
  std::string summary;       // Markdown
  std::string url;           // where it can be read, if anywhere
  std::optional<Date> published_on;
  bool on_public_site = false;
  std::optional<Date> withdrawn_on;
};

// RULE: issue 18 - a publication is on the public site only when marked public, from its day of
// publication until it is withdrawn.
bool OnPublicSite(const Publication& publication, const Date& today);

// The board's communication activities: a review of its communication strategy, a campaign, a
// survey (with its results), a media enquiry (who responded, and whether the Director of
// Children's Services was consulted), engagement with children, young people and communities.
enum class ActivityKind { kStrategyReview, kCampaign, kSurvey, kMediaEnquiry, kEngagement };
std::span<const core::Term<ActivityKind>> ActivityKinds();
struct Activity {
  std::int64_t id = 0;
  ActivityKind kind = ActivityKind::kCampaign;
  std::string title;  // the topic
  Date held_on;       // the day (a media enquiry: received)
  std::string details;
  std::string results;
  std::string responded_by;
  bool dcs_consulted = false;
};
// RULE: Constitution appendix 1, duty 17 - media enquiries are answered "in consultation with the
// Director of Children's Services and partner agencies": one answered without is flagged.
bool AnsweredWithoutTheDirector(const Activity& activity);
// An activity: kind, title, day (not after today), details and results; a media enquiry also
// who responded (required) and whether the Director was consulted.
core::FieldErrors ReadActivity(const core::FieldValues& in, const Date& today, Activity& out);

// The site's words: both required.
core::FieldErrors ReadSiteSettings(const core::FieldValues& in, SiteSettings& out);
// A publication: title, kind, audience, format and distribution (optional), summary, an http or
// https address (optional), the day published (optional) and whether it goes on the public site.
core::FieldErrors ReadPublication(const core::FieldValues& in, Publication& out);
// Withdrawing: the day (not before publication, not after today), once.
core::FieldErrors ReadWithdrawal(const core::FieldValues& in, const Publication& publication, const Date& today, Date& out);

}  // namespace safeboard::publishing
