// The partnership's agencies, people, groups and memberships: plain records and the rules that
// check them. No I/O here; governance/store.h reads and writes them.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::governance {

using core::Date;

// RULE: issue 14 - every kind of relevant agency Working Together names has a sector.
enum class Sector {
  kLocalAuthority, kPolice, kHealth, kProbation, kEducation, kPrison, kYouthJustice,
  kVoluntary, kLay, kIndependent, kOther,
  kHousing, kCourtsAdvisory, kProsecution, kEarlyYears, kFireAndRescue, kSportAndLeisure, kImmigration
};
enum class GroupKind {
  kBoard, kBusinessManagementGroup, kSubGroup, kPanel, kTaskAndFinish, kWorkingGroup
};
// RULE: Annual report appendix / Constitution appendix 2 - membership role categories.
enum class RoleCategory {
  kCoreMember, kProfessionalAdviser, kBoardAdministration, kParticipantObserver, kCoOpted
};
enum class Cadence { kQuarterly, kSixWeekly, kBiMonthly, kMonthly, kAsRequired };
// RULE: issue 5 - the confidential case records a group's members may see: child death records
// (the CDOP) or case review records (the case review panel).
enum class ConfidentialArea { kNone, kChildDeaths, kCaseReviews };

std::span<const core::Term<Sector>> Sectors();
std::span<const core::Term<GroupKind>> GroupKinds();
std::span<const core::Term<RoleCategory>> RoleCategories();
std::span<const core::Term<Cadence>> Cadences();
std::span<const core::Term<ConfidentialArea>> ConfidentialAreas();

struct Partnership {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string area;
};

struct Agency {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string name;
  Sector sector = Sector::kOther;
  bool statutory = false;
  std::vector<std::string> other_names;  // names it is also known by ("TVP"), matched by imports
  std::optional<Date> signed_constitution_on;
  std::optional<Date> joined_on;
  std::optional<Date> ended_on;
};

struct Person {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string full_name;
  std::string job_title;
  std::optional<std::int64_t> agency_id;
  std::string email;
  std::string phone;
  std::optional<std::int64_t> user_id;
  std::optional<Date> ended_on;
};

struct Group {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string name;
  std::string short_name;
  GroupKind kind = GroupKind::kSubGroup;
  std::optional<std::int64_t> parent_group_id;
  std::optional<std::int64_t> chair_person_id;
  std::optional<std::int64_t> vice_chair_person_id;
  Cadence cadence = Cadence::kAsRequired;
  std::string terms_of_reference;  // Markdown
  std::optional<Date> terms_reviewed_on;
  std::optional<Date> ended_on;
  ConfidentialArea confidential_area = ConfidentialArea::kNone;
  // RULE: issue 14 - another group may approve this group's minutes (e.g. its parent); none:
  // the group approves its own at its next meeting (Constitution 6h).
  std::optional<std::int64_t> minutes_approved_by_group_id;
};

struct Membership {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::int64_t group_id = 0;
  std::int64_t person_id = 0;
  std::optional<std::int64_t> agency_id;
  RoleCategory role_category = RoleCategory::kCoreMember;
  Date started_on;
  std::optional<Date> ended_on;
  std::optional<Date> confidentiality_signed_on;
};

// Ids that exist in the partnership, so validation can refuse references to anything else
// (including records of another partnership).
struct KnownIds {
  std::vector<std::int64_t> agencies;
  std::vector<std::int64_t> people;
  std::vector<std::int64_t> groups;
};

// Each Read* fills `out` (keeping its id and partnership_id) from submitted values and returns
// a message per bad field. On errors `out` may be partly filled and must not be saved.
core::FieldErrors ReadAgency(const core::FieldValues& in, Agency& out);
core::FieldErrors ReadPerson(const core::FieldValues& in, const KnownIds& known, Person& out);
core::FieldErrors ReadGroup(const core::FieldValues& in, const KnownIds& known, Group& out);
core::FieldErrors ReadMembership(const core::FieldValues& in, const KnownIds& known,
                                 Membership& out);

// RULE: memberships are history - a person holds at most one membership of a group at a time.
// Returns the existing membership that overlaps `candidate`'s period, if any.
std::optional<Membership> OverlappingMembership(const Membership& candidate,
                                                const std::vector<Membership>& existing);

// RULE: ending a record sets its end date; it must not be before the start.
core::FieldErrors CheckEndDate(const std::optional<Date>& start, const core::FieldValues& in,
                               Date& ended_on);

// True when the membership covers `on` (start and end inclusive).
bool IsCurrentOn(const Membership& membership, const Date& on);
// The board team on `on`: the people with a current board administration membership (they are
// told of apologies and are the partnership's contact).
std::set<std::int64_t> BoardTeamOn(std::span<const Membership> memberships, const Date& on);

// Dates are entered as GOV.UK date inputs (NAME-day, NAME-month, NAME-year) on pages and as
// "YYYY-MM-DD" under NAME in JSON. Returns nullopt when the field is blank; sets an error when
// it is present but not a real date.
std::optional<Date> ReadDateField(const core::FieldValues& in, const std::string& name,
                                  const std::string& label, bool required,
                                  core::FieldErrors& errors);

// What the audit log shows (issue 15): whose entries, which kind of record, which days (UK).
struct AuditQuery {
  std::optional<std::int64_t> user_id;
  std::string record_type;
  std::optional<Date> from;
  std::optional<Date> to;  // inclusive
};
// Reads the audit log's filters: a person and a kind of record among those the log names, and
// real dates with "to" not before "from"; each field may be left blank.
core::FieldErrors ReadAuditQuery(const core::FieldValues& in, const std::vector<std::int64_t>& known_users,
                                 const std::vector<std::string>& known_record_types, AuditQuery& out);

}  // namespace safeboard::governance
