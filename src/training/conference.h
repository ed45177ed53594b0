// The board's annual conference (issue 17; constitution, Training and Development terms of
// reference 8): an event of a course delivered as a conference, with its programme of talks and
// workshops and who gives them. The record and its reader. No I/O, no clock.
#pragma once
#include <cstdint>
#include <span>
#include <string>

#include "core/field_errors.h"
#include "core/vocabulary.h"
#include "training/training.h"

namespace safeboard::training {

enum class SessionKind { kTalk, kWorkshop };
std::span<const core::Term<SessionKind>> SessionKinds();

struct ConferenceSession {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::string starts_at, ends_at;  // "10:15"
  SessionKind kind = SessionKind::kTalk;
  std::string title;
  std::string speaker;       // who gives it: a name, or several
  std::string organisation;  // whom they are from (optional)
};

// A session of the programme: its kind, title and speaker, and its times within the event's.
// RULE: issue 17 - only a conference has a programme.
core::FieldErrors ReadConferenceSession(const core::FieldValues& in, const Event& event, ConferenceSession& out);

}  // namespace safeboard::training
