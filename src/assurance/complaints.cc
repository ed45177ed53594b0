#include "assurance/complaints.h"

#include <charconv>

#include "core/form_fields.h"
#include "core/working_days.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

std::optional<int> ReadDays(const core::FieldValues& in, const std::string& name, int most, const std::string& what,
                            core::FieldErrors& errors) {
  auto text = core::Trim(core::ValueOf(in, name));
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > most) {
    errors.Add(name, "Enter " + what + " as a whole number of working days from 1 to " + std::to_string(most));
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::span<const core::Term<ComplaintChannel>> ComplaintChannels() {
  static constexpr core::Term<ComplaintChannel> kTerms[] = {
      {ComplaintChannel::kEmail, "email", "Email"},       {ComplaintChannel::kLetter, "letter", "Letter"},
      {ComplaintChannel::kPhone, "phone", "Phone"},       {ComplaintChannel::kInPerson, "in_person", "In person"},
      {ComplaintChannel::kWebsite, "website", "Website form"},
  };
  return kTerms;
}

std::span<const core::Term<Complainant>> Complainants() {
  static constexpr core::Term<Complainant> kTerms[] = {
      {Complainant::kParent, "parent", "A parent or carer"},
      {Complainant::kYoungPerson, "young_person", "A child or young person"},
      {Complainant::kProfessional, "professional", "A professional"},
      {Complainant::kPublic, "public", "A member of the public"},
      {Complainant::kOther, "other", "Someone else"},
  };
  return kTerms;
}

std::span<const core::Term<ComplaintOutcome>> ComplaintOutcomes() {
  static constexpr core::Term<ComplaintOutcome> kTerms[] = {
      {ComplaintOutcome::kUpheld, "upheld", "Upheld"},
      {ComplaintOutcome::kPartlyUpheld, "partly_upheld", "Partly upheld"},
      {ComplaintOutcome::kNotUpheld, "not_upheld", "Not upheld"},
      {ComplaintOutcome::kWithdrawn, "withdrawn", "Withdrawn"},
  };
  return kTerms;
}

std::span<const core::Term<RedirectedTo>> RedirectedTos() {
  static constexpr core::Term<RedirectedTo> kTerms[] = {
      {RedirectedTo::kAgency, "agency", "The agency's own complaints procedure"},
      {RedirectedTo::kConference, "conference", "The child protection conference's procedure"},
      {RedirectedTo::kLado, "lado", "The LADO (an allegation against someone who works with children)"},
      {RedirectedTo::kEscalation, "escalation", "Professional escalation (resolving professional disagreements)"},
      {RedirectedTo::kOther, "other", "Somewhere else"},
  };
  return kTerms;
}

std::span<const core::Term<ComplaintStanding>> ComplaintStandings() {
  static constexpr core::Term<ComplaintStanding> kTerms[] = {
      {ComplaintStanding::kAwaitingAcknowledgement, "awaiting_acknowledgement", "To acknowledge"},
      {ComplaintStanding::kAwaitingResponse, "awaiting_response", "To respond"},
      {ComplaintStanding::kOverdue, "overdue", "Overdue"},
      {ComplaintStanding::kResponded, "responded", "Responded"},
      {ComplaintStanding::kRedirected, "redirected", "Redirected"},
  };
  return kTerms;
}

core::Status StatusOf(ComplaintStanding standing) {
  std::string label(core::LabelOf(ComplaintStandings(), standing));
  switch (standing) {
    case ComplaintStanding::kAwaitingAcknowledgement:
    case ComplaintStanding::kAwaitingResponse: return {label, core::Tone::kInfo};
    case ComplaintStanding::kOverdue: return {label, core::Tone::kBad};
    case ComplaintStanding::kResponded: return {label, core::Tone::kGood};
    case ComplaintStanding::kRedirected: return {label, core::Tone::kNeutral};
  }
  return {label, core::Tone::kNeutral};
}

Date AcknowledgeBy(const Complaint& c, const ComplaintDeadlines& d) {
  return core::WorkingDaysAfter(c.received_on, d.acknowledge_working_days);
}
Date RespondBy(const Complaint& c, const ComplaintDeadlines& d) {
  return core::WorkingDaysAfter(c.received_on, d.respond_working_days);
}

ComplaintStanding StandingOf(const Complaint& c, const ComplaintDeadlines& d, const Date& today) {
  if (c.redirected_to) return ComplaintStanding::kRedirected;
  if (c.responded_on) return ComplaintStanding::kResponded;
  if (!c.acknowledged_on) return AcknowledgeBy(c, d) < today ? ComplaintStanding::kOverdue : ComplaintStanding::kAwaitingAcknowledgement;
  return RespondBy(c, d) < today ? ComplaintStanding::kOverdue : ComplaintStanding::kAwaitingResponse;
}

bool AcknowledgedInTime(const Complaint& c, const ComplaintDeadlines& d) {
  return c.acknowledged_on && !(AcknowledgeBy(c, d) < *c.acknowledged_on);
}
bool RespondedInTime(const Complaint& c, const ComplaintDeadlines& d) {
  return c.responded_on && !(RespondBy(c, d) < *c.responded_on);
}

std::optional<core::DueDate> NextDeadline(const Complaint& c, const ComplaintDeadlines& d) {
  if (c.redirected_to || c.responded_on) return std::nullopt;
  std::string which = "complaint " + std::to_string(c.id) + " (received " + core::FormatDateLong(c.received_on) + ")";
  if (!c.acknowledged_on)
    return core::DueDate{"Acknowledge " + which, AcknowledgeBy(c, d),
                         "Complaints procedure: acknowledged within " + std::to_string(d.acknowledge_working_days) +
                             " working days (constitution 10)"};
  return core::DueDate{"Respond to " + which, RespondBy(c, d),
                       "Complaints procedure: responded to within " + std::to_string(d.respond_working_days) +
                           " working days (constitution 10)"};
}

ComplaintFigures CountComplaints(std::span<const Complaint> complaints, const ComplaintDeadlines& d) {
  ComplaintFigures f;
  for (const auto& c : complaints) {
    ++f.received;
    if (c.redirected_to) ++f.redirected;
    if (c.acknowledged_on) ++f.acknowledged, f.acknowledged_in_time += AcknowledgedInTime(c, d);
    if (c.responded_on) ++f.responded, f.responded_in_time += RespondedInTime(c, d);
    if (c.outcome == ComplaintOutcome::kUpheld || c.outcome == ComplaintOutcome::kPartlyUpheld) ++f.upheld;
  }
  return f;
}

core::FieldErrors ReadComplaint(const core::FieldValues& in, const Date& today, Complaint& out) {
  core::FieldErrors errors;
  auto received = governance::ReadDateField(in, "received_on", "the day it was received", true, errors);
  if (received) out.received_on = *received;
  out.channel = core::RequiredChoice(ComplaintChannels(), in, "channel", "how it came in", errors);
  out.complainant = core::RequiredChoice(Complainants(), in, "complainant", "who complained", errors);
  out.summary = core::RequiredText(in, "summary", "what the complaint is about", errors, 5000);
  out.acknowledged_on = governance::ReadDateField(in, "acknowledged_on", "the day it was acknowledged", false, errors);
  out.responded_on = governance::ReadDateField(in, "responded_on", "the day it was responded to", false, errors);
  out.outcome.reset();
  if (!core::Trim(core::ValueOf(in, "outcome")).empty())
    out.outcome = core::RequiredChoice(ComplaintOutcomes(), in, "outcome", "the outcome", errors);
  out.learning = core::OptionalText(in, "learning", "the learning", 5000, errors);
  out.redirected_to.reset();
  if (!core::Trim(core::ValueOf(in, "redirected_to")).empty())
    out.redirected_to = core::RequiredChoice(RedirectedTos(), in, "redirected_to", "where it was redirected", errors);
  out.redirected_where = core::OptionalText(in, "redirected_where", "where it went", core::kMaxNameLength, errors);
  out.redirected_on = governance::ReadDateField(in, "redirected_on", "the day it was redirected", false, errors);
  // RULE: issue 16 - nothing happens before the complaint is received or after today.
  for (const auto& [field, date] : {std::pair{"received_on", received}, std::pair{"acknowledged_on", out.acknowledged_on},
                                    std::pair{"responded_on", out.responded_on}, std::pair{"redirected_on", out.redirected_on}}) {
    if (!date || errors.For(field)) continue;
    if (today < *date) errors.Add(field, "The date cannot be in the future");
    else if (received && *date < *received) errors.Add(field, "The date cannot be before the complaint was received");
  }
  // RULE: issue 16 - a response records its outcome; a redirection says where it went and when.
  if (out.responded_on && !out.outcome && !errors.For("outcome")) errors.Add("outcome", "Select the outcome of the response");
  if (out.outcome && !out.responded_on && !errors.For("responded_on"))
    errors.Add("responded_on", "Enter the day it was responded to");
  bool redirect_parts = !out.redirected_where.empty() || out.redirected_on;
  if (out.redirected_to && (out.redirected_where.empty() || !out.redirected_on)) {
    if (out.redirected_where.empty()) errors.Add("redirected_where", "Enter where the complaint was redirected to");
    if (!out.redirected_on && !errors.For("redirected_on")) errors.Add("redirected_on", "Enter the day it was redirected");
  } else if (!out.redirected_to && redirect_parts && !errors.For("redirected_to")) {
    errors.Add("redirected_to", "Select where the complaint belongs, or leave the redirection blank");
  }
  return errors;
}

core::FieldErrors ReadComplaintDeadlines(const core::FieldValues& in, ComplaintDeadlines& out) {
  core::FieldErrors errors;
  auto acknowledge = ReadDays(in, "acknowledge_working_days", 60, "the days to acknowledge", errors);
  auto respond = ReadDays(in, "respond_working_days", 120, "the days to respond", errors);
  if (acknowledge) out.acknowledge_working_days = *acknowledge;
  if (respond) out.respond_working_days = *respond;
  if (acknowledge && respond && *respond < *acknowledge)
    errors.Add("respond_working_days", "The response cannot be due before the acknowledgement");
  return errors;
}

}  // namespace safeboard::assurance
