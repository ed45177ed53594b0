// The business plan: objectives, actions, "by when" deadlines, RAG status and the rule that
// flags an action as overdue. No I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/csv.h"
#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::plan {

using core::Date;

enum class Rag { kRed, kAmber, kGreen };
std::span<const core::Term<Rag>> Rags();
// How a RAG status reads: red is bad, amber a warning, green good (ui/status_tags colours it).
core::Status StatusOf(Rag rag);

// RULE: issue 14 - "by when" as boards write it, each stored with its kind: one or more dates
// ("October 2010 March 2011", "31/03/2011", "2011-03-31", "end of September 2013"; a month
// alone means its last day), a quarter of the financial year ("Q3 2013/14": due at its end), a
// range ("June-July 2013": due at its end), repeating ("every quarter", "twice a year", "each
// March"), "ongoing", "first by March 2014, then ongoing", or "within 3 months of new guidance".
struct ByWhen {
  enum class Kind { kDates, kOngoing, kAfterTrigger, kQuarter, kRange, kRepeating, kFirstThenOngoing };
  enum class Repeat { kQuarterly, kHalfYearly, kYearly };
  Kind kind = Kind::kOngoing;
  std::vector<Date> dates;       // kDates ascending; kQuarter its first and last day; kRange its
                                 // first and last day; kFirstThenOngoing the first date
  int months_after = 0;          // kAfterTrigger
  std::string trigger;           // kAfterTrigger: "new guidance"
  std::optional<Date> triggered_on;  // kAfterTrigger: when the trigger happened, once known
  Repeat repeat = Repeat::kQuarterly;  // kRepeating
  unsigned repeat_month = 3;     // kRepeating kYearly: the month it is due at the end of
};
// What a "by when" may say, for the message that refuses one that cannot be read.
inline constexpr const char* kByWhenKinds =
    "Write a date (31/03/2014), a month (March 2014), a quarter (Q3 2013/14), a range (June-July 2013), "
    "\"end of September 2013\", \"every quarter\", \"twice a year\", \"each March\", \"ongoing\", "
    "\"first by March 2014, then ongoing\" or \"within 3 months of new guidance\"";

// Parses a "by when" cell; nullopt when it says nothing recognisable.
std::optional<ByWhen> ParseByWhen(std::string_view text);
// The text form, as shown and exported.
std::string FormatByWhen(const ByWhen& by_when);
// As a form shows it to edit: text ParseByWhen reads back to the same "by when".
std::string ByWhenAsTyped(const ByWhen& by_when);
// The stored form: "2010-10-31 2011-03-31", "ongoing" or "after 3 months: new guidance".
std::string EncodeByWhen(const ByWhen& by_when);
std::optional<ByWhen> DecodeByWhen(std::string_view stored);
// The dates the action is due by (for a triggered rule, once triggered; for a repeating one,
// its occurrences up to and including the first on or after `until`).
std::vector<Date> DueDates(const ByWhen& by_when, const Date& until = Date{std::chrono::year(2200) / 1 / 1});

struct ProgressUpdate {
  Date on;
  std::string text;
  Rag rag = Rag::kAmber;
  std::string by;
};

// RULE: issue 4 - an action is overdue when one of its due dates has passed and its latest
// progress update (by date) is not green - or it has none. "Ongoing" actions are never
// overdue; a triggered rule is due N months after its trigger happened, and not before it has.
// RULE: issue 14 - a quarter or a range is due at its end; "first by X, then ongoing" at X; a
// repeating action is overdue when its latest occurrence has passed with no update since the
// occurrence before it (the period went unreported).
bool IsOverdue(const ByWhen& by_when, std::span<const ProgressUpdate> updates, const Date& today);

// RULE: issue 15 - a plan's standing on a day, as the dashboard shows it: its actions counted by
// the RAG of their latest update (or as having none), and how many are overdue (IsOverdue).
struct PlanStanding {
  int red = 0, amber = 0, green = 0, no_update = 0, overdue = 0;
};
void AddToStanding(PlanStanding& standing, const ByWhen& by_when, std::span<const ProgressUpdate> updates,
                   const Date& today);

// The latest update (by date, then by position), if any.
std::optional<ProgressUpdate> LatestUpdate(std::span<const ProgressUpdate> updates);

// Reads a progress update from submitted values: rag (red, amber, green) and text.
core::FieldErrors ReadProgressUpdate(const core::FieldValues& in, ProgressUpdate& out);

// An objective's own fields from its edit form: number (the board's own, may be blank; at most
// 20 characters) and outcome (required).
struct ObjectiveFields {
  std::string number;
  std::string outcome;
};
core::FieldErrors ReadObjectiveFields(const core::FieldValues& in, ObjectiveFields& out);

// RULE: issue 14 - an objective's risk assessment is a list of risks, each with its impact (what
// would follow) and, optionally, its likelihood and severity from 1 to 5; its score is their
// product, computed when both are given.
struct Risk {
  std::int64_t id = 0;
  std::string description;
  std::string impact;
  std::optional<int> likelihood;
  std::optional<int> severity;
};
std::optional<int> RiskScore(const Risk& risk);
// Fields: risk (required), impact (required), likelihood and severity (1-5 or blank).
core::FieldErrors ReadRisk(const core::FieldValues& in, Risk& out);

// An action's editable fields from a form: activity (required), measure, resources, cost in
// pounds ("1,500" or "1500.50", stored as pence), by when (as the import reads it), evidence,
// and for a "within N months of ..." rule the date the trigger happened.
struct ActionFields {
  std::string activity, measure, resources, evidence;
  std::int64_t cost_pence = 0;
  ByWhen by_when;
};
core::FieldErrors ReadActionFields(const core::FieldValues& in, ActionFields& out);
// Pounds and pence as text: 150000 -> "£1,500.00".
std::string FormatPence(std::int64_t pence);

// ----- Leads -----

// RULE: issue 14 - a plan action's lead is a group, a post, a person, or several of these
// together, in the order the board names them.
enum class LeadKind { kGroup, kPost, kPerson };
struct Lead {
  LeadKind kind = LeadKind::kGroup;
  std::int64_t id = 0;
  std::string name;  // as shown: the group's name, the post's (with its agency), the person's
};
// "group", "post" or "person".
std::string_view LeadKindCode(LeadKind kind);
// A lead as a form's option value: "group-3", "post-5", "person-9"; and back (nullopt if not one).
std::string LeadCode(LeadKind kind, std::int64_t id);
std::optional<std::pair<LeadKind, std::int64_t>> ParseLeadCode(std::string_view code);
// Several leads as one line: "Quality Assurance Sub-Group; Designated Nurse (NHS Milton Keynes)".
std::string LeadNames(std::span<const Lead> leads);

// The leads an action form may name: the partnership's current groups, posts and people.
struct KnownLeads {
  std::vector<std::int64_t> groups, posts, people;
};
// Fields lead-1 ... lead-<kLeadFields> (LeadCode values), the first required, none twice. The
// chosen leads in order, names left blank.
inline constexpr int kLeadFields = 4;
core::FieldErrors ReadActionLeads(const core::FieldValues& in, const KnownLeads& known, std::vector<Lead>& out);

// An imported lead cell as the known names it holds: one name ("Business Management Group"),
// or several joined by ";", ",", "/", "+", "&", "and" or new lines ("Head of Safeguarding and
// Training Sub-Group"), matched in any case. Each returned name is as `known_leads` spells it.
// nullopt when the cell cannot be read as known names.
std::optional<std::vector<std::string>> SplitLeads(std::string_view cell, std::span<const std::string> known_leads);

// ----- Import -----

// The columns of the plan table in the seeds, in order.
inline constexpr const char* kImportColumns[] = {
    "Desired Outcome", "Actions", "Performance Measures", "Lead", "Resources required",
    "By when", "Progress report", "RAG"};

using core::ImportError;

struct ImportedAction {
  std::string objective;  // the desired outcome this action sits under
  std::string activity;
  std::string measure;
  std::string lead;                // the cell as written
  std::vector<std::string> leads;  // the groups, posts and people it names (SplitLeads)
  std::string resources;
  ByWhen by_when;
  std::string progress;
  std::optional<Rag> rag;
  int source_row = 0;
};

struct ImportResult {
  std::vector<ImportedAction> actions;
  std::vector<ImportError> errors;  // when not empty, nothing may be saved
};

// Checks every row of a table (first row the header) against the plan's columns: every column
// present (in any order), a desired outcome (carried down from the row above when blank, as in
// the seeds), an action, leads that are `known_leads` (SplitLeads), a by-when that parses, and a RAG
// of red, amber, green (or R, A, G) or blank. Reports every error, not only the first.
ImportResult CheckPlanImport(const std::vector<std::vector<std::string>>& table,
                             std::span<const std::string> known_leads);

// RULE: issue 14 - plans in any board's layout: the user maps the spreadsheet's columns to these
// fields ("Activity" to Actions, "Owner" to Lead, ...). Each field is known by its seeds' heading
// (kImportColumns); the required ones must be mapped.
struct ImportField {
  const char* heading;  // as in kImportColumns
  bool required;
  const char* hint;
};
std::span<const ImportField> ImportFields();
// Field heading -> the column (index into the header) that fills it.
using ColumnMapping = std::map<std::string, std::size_t>;
// The mapping a header suggests: a heading remembered for a field (`remembered`: case-folded
// heading -> field heading, from this partnership's earlier imports), then the field's own
// heading, then common names for it ("Activity", "Deadline", "Owner", "How we will know", ...).
ColumnMapping SuggestMapping(const std::vector<std::string>& header,
                             const std::map<std::string, std::string>& remembered);
// Reads the mapping chosen on the preview page: field-<n> = the column's index, or "" for none
// (n: the field's place in ImportFields()). Errors for a required field left unmapped or a
// column given to two fields.
core::FieldErrors ReadMapping(const core::FieldValues& in, std::size_t columns, ColumnMapping& out);
// CheckPlanImport with the columns the mapping gives; an unmapped optional field is blank.
ImportResult CheckMappedPlanImport(const std::vector<std::vector<std::string>>& table,
                                   std::span<const std::string> known_leads, const ColumnMapping& mapping);

using core::ParseCsv;

}  // namespace safeboard::plan
