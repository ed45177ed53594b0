// The meeting records as stored: meetings, decisions, actions, agenda items, papers, minutes
// and corrections, and the inputs of the attendance report.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "meetings/meetings.h"

namespace safeboard::meetings {

struct Meeting {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::int64_t group_id = 0;
  std::string title;
  Date meets_on;
  std::string starts_at = "10:00";
  std::string location;
  bool cancelled = false;
};

struct Decision {
  std::int64_t id = 0;
  std::optional<std::int64_t> meeting_id;
  std::int64_t group_id = 0;
  Date decided_on;
  std::string text;
  bool chairs_action = false;
  std::optional<std::int64_t> ratified_at_meeting_id;
  std::optional<std::int64_t> agenda_item_id;  // the item it was taken under, if any
  bool approves_procedure = false;             // Constitution appendix 4
};

struct MeetingAction {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::string description;
  std::optional<std::int64_t> owner_person_id;
  std::string owner_name;
  std::optional<Date> due_on;
  ActionStatus status = ActionStatus::kOpen;
};

struct AgendaItem {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  int position = 0;
  std::string title;
  std::string presenter;
  bool decision_needed = false;
  bool confidential = false;
  AgendaPurpose purpose = AgendaPurpose::kItem;
  std::optional<std::int64_t> subject_id;  // the meeting whose minutes, or the decision to ratify
  std::string minute_text;
};

struct Paper {
  std::int64_t id = 0;
  std::int64_t agenda_item_id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::string uploaded_at;
  bool late = false;
  bool late_accepted = false;
};

// A paper as the agenda pack and search need it (issue 15), made when it is added.
struct PaperRendition {
  std::optional<std::string> pdf;   // a Word or Excel paper converted to PDF; nullopt for a PDF
  std::optional<std::string> text;  // its text; nullopt when it could not be read
  std::string error;                // why a conversion failed, or ""
};

// An agenda pack as last made (issue 15): the PDF in base64, and the papers it had to leave out
// because they could not be read or converted, one file name per line.
struct AgendaPack {
  std::string fingerprint;
  std::string made_at;
  int page_count = 0;
  std::string left_out;
  std::string content_base64;
};

struct Minutes {
  std::int64_t meeting_id = 0;
  std::string body;
  MinutesStatus status = MinutesStatus::kDraft;
  std::optional<Date> circulated_on;
  std::optional<std::int64_t> approved_at_meeting_id;
  std::optional<Date> approved_on;
};

struct MinuteCorrection {
  std::int64_t id = 0;
  Date corrected_on;
  std::string text;
};

struct ReportInputs {
  std::vector<ReportMeeting> meetings;
  std::vector<ReportMembership> memberships;
  std::vector<ReportMark> marks;
};

}  // namespace safeboard::meetings
