#include "training/conference.h"

#include "core/form_fields.h"

namespace safeboard::training {
std::span<const core::Term<SessionKind>> SessionKinds() {
  static constexpr core::Term<SessionKind> kTerms[] = {
      {SessionKind::kTalk, "talk", "Talk"},
      {SessionKind::kWorkshop, "workshop", "Workshop"},
  };
  return kTerms;
}

core::FieldErrors ReadConferenceSession(const core::FieldValues& in, const Event& event, ConferenceSession& out) {
  core::FieldErrors errors;
  out.event_id = event.id;
  if (event.delivery != Delivery::kConference) errors.Add("title", "Only a conference has a programme of sessions");
  out.kind = core::RequiredChoice(SessionKinds(), in, "kind", "a talk or a workshop", errors);
  out.title = core::RequiredText(in, "title", "the session's title", errors);
  out.speaker = core::RequiredText(in, "speaker", "who gives it", errors);
  out.organisation = core::OptionalText(in, "organisation", "whom they are from", core::kMaxNameLength, errors);
  out.starts_at = core::Trim(core::ValueOf(in, "starts_at"));
  out.ends_at = core::Trim(core::ValueOf(in, "ends_at"));
  std::string hours = "between " + event.starts_at + " and " + event.ends_at;
  if (!IsTimeOfDay(out.starts_at))
    errors.Add("starts_at", "Enter the start time like 10:15");
  else if (out.starts_at < event.starts_at || out.starts_at >= event.ends_at)
    errors.Add("starts_at", "The session must start while the conference runs, " + hours);
  if (!IsTimeOfDay(out.ends_at))
    errors.Add("ends_at", "Enter the end time like 11:00");
  else if (IsTimeOfDay(out.starts_at) && out.ends_at <= out.starts_at)
    errors.Add("ends_at", "The session must end after it starts");
  else if (out.ends_at > event.ends_at)
    errors.Add("ends_at", "The session must end by the conference's end, " + event.ends_at);
  return errors;
}

}  // namespace safeboard::training
