#include "publishing/publishing.h"

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::publishing {

std::span<const core::Term<PublicationKind>> PublicationKinds() {
  static constexpr core::Term<PublicationKind> kTerms[] = {
      {PublicationKind::kLeaflet, "leaflet", "Leaflet"},
      {PublicationKind::kNewsletter, "newsletter", "Newsletter"},
      {PublicationKind::kInductionPack, "induction_pack", "Induction pack"},
      {PublicationKind::kAnnualReport, "annual_report", "Annual report"},
      {PublicationKind::kGuidance, "guidance", "Guidance"},
      {PublicationKind::kStrategy, "strategy", "Strategy"},
      {PublicationKind::kSurveyReport, "survey_report", "Survey report"},
      {PublicationKind::kOther, "other", "Other"},
  };
  return kTerms;
}

std::span<const core::Term<ActivityKind>> ActivityKinds() {
  static constexpr core::Term<ActivityKind> kTerms[] = {
      {ActivityKind::kStrategyReview, "strategy_review", "Communication strategy reviewed"},
      {ActivityKind::kCampaign, "campaign", "Campaign"},
      {ActivityKind::kSurvey, "survey", "Survey"},
      {ActivityKind::kMediaEnquiry, "media_enquiry", "Media enquiry"},
      {ActivityKind::kEngagement, "engagement", "Engagement with children, young people or communities"},
  };
  return kTerms;
}

bool AnsweredWithoutTheDirector(const Activity& a) { return a.kind == ActivityKind::kMediaEnquiry && !a.dcs_consulted; }

core::FieldErrors ReadActivity(const core::FieldValues& in, const Date& today, Activity& out) {
  core::FieldErrors errors;
  out.kind = core::RequiredChoice(ActivityKinds(), in, "kind", "the kind of activity", errors);
  out.title = core::RequiredText(in, "title", "what it was about", errors, 500);
  auto on = governance::ReadDateField(in, "held_on", "the day", true, errors);
  if (on && today < *on) errors.Add("held_on", "The day must be today or in the past");
  if (on) out.held_on = *on;
  out.details = core::OptionalText(in, "details", "the details", 20000, errors);
  out.results = core::OptionalText(in, "results", "the results", 20000, errors);
  out.responded_by = core::OptionalText(in, "responded_by", "who responded", core::kMaxNameLength, errors);
  out.dcs_consulted = core::ReadFlag(in, "dcs_consulted");
  if (out.kind == ActivityKind::kMediaEnquiry && out.responded_by.empty() && !errors.For("kind"))
    errors.Add("responded_by", "Enter who responded to the media enquiry for the board");
  return errors;
}

bool OnPublicSite(const Publication& p, const Date& today) {
  return p.on_public_site && p.published_on && !(today < *p.published_on) && !(p.withdrawn_on && !(today < *p.withdrawn_on));
}

core::FieldErrors ReadSiteSettings(const core::FieldValues& in, SiteSettings& out) {
  core::FieldErrors errors;
  out.about = core::RequiredText(in, "about", "what the board is, for the home page", errors, 20000);
  out.who_to_call = core::RequiredText(in, "who_to_call", "who to call locally about a child", errors, 5000);
  return errors;
}

core::FieldErrors ReadPublication(const core::FieldValues& in, Publication& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the publication's title", errors);
  out.kind = core::RequiredChoice(PublicationKinds(), in, "kind", "the kind of publication", errors);
  out.audience = core::OptionalText(in, "audience", "the audience", core::kMaxNameLength, errors);
  out.format = core::OptionalText(in, "format", "the format", core::kMaxNameLength, errors);
  out.distribution = core::OptionalText(in, "distribution", "how it is distributed", 2000, errors);
  out.summary = core::OptionalText(in, "summary", "the summary", 20000, errors);
  out.url = core::OptionalText(in, "url", "the address", 2000, errors);
  if (!out.url.empty() && !out.url.starts_with("https://") && !out.url.starts_with("http://"))
    errors.Add("url", "Enter the address where it can be read, starting https://");
  out.published_on = governance::ReadDateField(in, "published_on", "the day published", false, errors);
  out.on_public_site = core::ReadFlag(in, "on_public_site");
  if (out.on_public_site && !out.published_on && !errors.For("published_on"))
    errors.Add("published_on", "Enter the day published: the public site shows it from that day");
  return errors;
}

core::FieldErrors ReadWithdrawal(const core::FieldValues& in, const Publication& p, const Date& today, Date& out) {
  core::FieldErrors errors;
  if (p.withdrawn_on) {
    errors.Add("withdrawn_on", "It was withdrawn on " + core::FormatDateLong(*p.withdrawn_on));
    return errors;
  }
  auto on = governance::ReadDateField(in, "withdrawn_on", "the day withdrawn", true, errors);
  if (on && today < *on)
    errors.Add("withdrawn_on", "The day withdrawn must be today or in the past");
  else if (on && p.published_on && *on < *p.published_on)
    errors.Add("withdrawn_on", "It cannot be withdrawn before it was published, " + core::FormatDateLong(*p.published_on));
  if (on) out = *on;
  return errors;
}

}  // namespace safeboard::publishing
