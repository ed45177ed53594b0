#include "governance/governance.h"

#include <gtest/gtest.h>

namespace safeboard::governance {
namespace {

using namespace std::chrono;

KnownIds Known() { return KnownIds{{1, 2}, {10, 11}, {100, 101}}; }

core::FieldValues ValidMembership() {
  return {{"person_id", "10"},      {"agency_id", "1"},        {"role_category", "core_member"},
          {"started_on-day", "1"},  {"started_on-month", "9"}, {"started_on-year", "2011"}};
}

TEST(Membership, TheBoardTeamIsTheCurrentBoardAdministrationMembers) {
  using namespace std::chrono;
  auto membership = [](std::int64_t person, RoleCategory role, Date from, std::optional<Date> to) {
    Membership m;
    m.person_id = person;
    m.role_category = role;
    m.started_on = from;
    m.ended_on = to;
    return m;
  };
  std::vector<Membership> all = {
      membership(1, RoleCategory::kBoardAdministration, year(2010) / 1 / 1, std::nullopt),
      membership(2, RoleCategory::kBoardAdministration, year(2010) / 1 / 1, year(2011) / 12 / 31),  // left
      membership(3, RoleCategory::kCoreMember, year(2010) / 1 / 1, std::nullopt)};
  EXPECT_EQ(BoardTeamOn(all, year(2012) / 3 / 31), (std::set<std::int64_t>{1}));
  EXPECT_EQ(BoardTeamOn(all, year(2011) / 12 / 31), (std::set<std::int64_t>{1, 2}));
}

TEST(Membership, ReadsAGovukDateInput) {
  Membership m;
  auto errors = ReadMembership(ValidMembership(), Known(), m);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(m.started_on, year(2011) / September / 1);
  EXPECT_EQ(m.person_id, 10);
  EXPECT_EQ(m.role_category, RoleCategory::kCoreMember);
}

TEST(Membership, RefusesMissingStartDateAndUnknownPerson) {
  auto in = ValidMembership();
  in["started_on-day"] = "";
  in["started_on-month"] = "";
  in["started_on-year"] = "";
  in["person_id"] = "999";  // not in this partnership
  Membership m;
  auto errors = ReadMembership(in, Known(), m);
  ASSERT_NE(errors.For("started_on"), nullptr);
  EXPECT_EQ(*errors.For("started_on"), "Enter the start date");
  EXPECT_NE(errors.For("person_id"), nullptr);
}

TEST(Membership, RefusesAnImpossibleDateAndAPartDate) {
  auto in = ValidMembership();
  in["started_on-day"] = "31";
  in["started_on-month"] = "2";
  Membership m;
  EXPECT_EQ(*ReadMembership(in, Known(), m).For("started_on"), "The start date must be a real date");
  in["started_on-day"] = "";
  EXPECT_EQ(*ReadMembership(in, Known(), m).For("started_on"),
            "The start date must include a day, month and year");
}

TEST(Membership, RefusesAnEndBeforeTheStart) {
  auto in = ValidMembership();
  in["ended_on"] = "2011-08-31";
  Membership m;
  EXPECT_NE(ReadMembership(in, Known(), m).For("ended_on"), nullptr);
  in["ended_on"] = "2011-09-01";
  EXPECT_TRUE(ReadMembership(in, Known(), m).empty());
}

TEST(Membership, RefusesAnUnknownRoleCategory) {
  auto in = ValidMembership();
  in["role_category"] = "overlord";
  Membership m;
  EXPECT_EQ(*ReadMembership(in, Known(), m).For("role_category"), "Select a role");
}

Membership Held(std::int64_t id, Date start, std::optional<Date> end) {
  Membership m;
  m.id = id;
  m.group_id = 100;
  m.person_id = 10;
  m.started_on = start;
  m.ended_on = end;
  return m;
}

TEST(Membership, APersonHoldsOneMembershipOfAGroupAtATime) {
  std::vector<Membership> existing = {Held(1, year(2009) / 10 / 1, year(2011) / 3 / 31)};
  EXPECT_FALSE(OverlappingMembership(Held(0, year(2011) / 4 / 1, std::nullopt), existing));
  EXPECT_TRUE(OverlappingMembership(Held(0, year(2011) / 3 / 31, std::nullopt), existing));
  EXPECT_TRUE(OverlappingMembership(Held(0, year(2008) / 1 / 1, year(2009) / 10 / 1), existing));
  // Editing a membership does not overlap with itself.
  EXPECT_FALSE(OverlappingMembership(Held(1, year(2009) / 10 / 1, std::nullopt), existing));
}

TEST(Membership, IsCurrentOnItsFirstAndLastDay) {
  auto m = Held(1, year(2011) / 9 / 1, year(2012) / 3 / 31);
  EXPECT_TRUE(IsCurrentOn(m, year(2011) / 9 / 1));
  EXPECT_TRUE(IsCurrentOn(m, year(2012) / 3 / 31));
  EXPECT_FALSE(IsCurrentOn(m, year(2011) / 8 / 31));
  EXPECT_FALSE(IsCurrentOn(m, year(2012) / 4 / 1));
}

TEST(Agency, NeedsANameAndASector) {
  Agency a;
  auto errors = ReadAgency({{"name", "  "}, {"sector", "martian"}}, a);
  EXPECT_EQ(*errors.For("name"), "Enter the agency's name");
  EXPECT_EQ(*errors.For("sector"), "Select the sector");
  errors = ReadAgency({{"name", "Thames Valley Police"}, {"sector", "police"}, {"statutory", "yes"}},
                      a);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(a.statutory);
  EXPECT_EQ(a.sector, Sector::kPolice);
}

// RULE: issue 14 - an agency's other names: one per line or ";"-separated, without repeats.
TEST(Agency, OtherNamesAreReadOnePerLineOrSemicolon) {
  Agency a;
  auto errors = ReadAgency({{"name", "Thames Valley Police"}, {"sector", "police"},
                            {"other_names", "TVP; Thames Valley Constabulary\n\ntvp\nTHAMES VALLEY POLICE"}},
                           a);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(a.other_names, (std::vector<std::string>{"TVP", "Thames Valley Constabulary"}));
  errors = ReadAgency({{"name", "X"}, {"sector", "police"}, {"other_names", std::string(201, 'a')}}, a);
  EXPECT_NE(errors.For("other_names"), nullptr);
}

// RULE: issue 14 - the sectors cover every relevant agency Working Together names.
TEST(Agency, SectorsCoverTheRelevantAgencies) {
  for (const char* code : {"housing", "courts_advisory", "prosecution", "education", "voluntary", "youth_justice",
                           "probation", "early_years", "fire_and_rescue"})
    EXPECT_TRUE(core::ParseCode(Sectors(), code)) << code;
}

TEST(Person, RefusesABadEmailAndAnAgencyOfAnotherPartnership) {
  Person p;
  auto errors = ReadPerson(
      {{"full_name", "Priya Shah"}, {"agency_id", "7"}, {"email", "not an email"}}, Known(), p);
  EXPECT_NE(errors.For("agency_id"), nullptr);
  EXPECT_NE(errors.For("email"), nullptr);
}

TEST(Group, CannotReportToItselfAndChairsDiffer) {
  Group g;
  g.id = 100;
  auto errors = ReadGroup({{"name", "QA"},
                           {"kind", "sub_group"},
                           {"cadence", "six_weekly"},
                           {"parent_group_id", "100"},
                           {"chair_person_id", "10"},
                           {"vice_chair_person_id", "10"}},
                          Known(), g);
  EXPECT_NE(errors.For("parent_group_id"), nullptr);
  EXPECT_NE(errors.For("vice_chair_person_id"), nullptr);
}

TEST(EndDate, CannotBeBeforeTheStart) {
  Date ended{};
  auto errors = CheckEndDate(year(2011) / 9 / 1, {{"ended_on", "2011-08-01"}}, ended);
  EXPECT_FALSE(errors.empty());
  errors = CheckEndDate(year(2011) / 9 / 1, {{"ended_on", "2012-03-31"}}, ended);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(ended, year(2012) / 3 / 31);
}

TEST(Vocabulary, CodesAreStable) {
  // Stored in the database: never rename.
  EXPECT_EQ(core::CodeOf(RoleCategories(), RoleCategory::kParticipantObserver),
            "participant_observer");
  EXPECT_EQ(core::CodeOf(GroupKinds(), GroupKind::kBusinessManagementGroup),
            "business_management_group");
  EXPECT_EQ(core::ParseCode(Sectors(), "lay"), Sector::kLay);
}

}  // namespace
}  // namespace safeboard::governance

namespace safeboard::governance {
namespace {

TEST(ReadAuditQuery, KnownPeopleAndKindsAndRealDaysInOrder) {
  AuditQuery q;
  EXPECT_TRUE(ReadAuditQuery({}, {7}, {"paper"}, q).empty());  // every filter may be blank
  EXPECT_FALSE(q.user_id);
  AuditQuery chosen;
  EXPECT_TRUE(ReadAuditQuery({{"who", "7"}, {"record", "paper"}, {"from-day", "1"}, {"from-month", "3"}, {"from-year", "2012"},
                              {"to", "2012-03-31"}},
                             {7}, {"paper"}, chosen)
                  .empty());
  EXPECT_EQ(chosen.user_id, 7);
  EXPECT_EQ(chosen.record_type, "paper");
  EXPECT_EQ(core::FormatDate(*chosen.from), "2012-03-01");
  AuditQuery bad;
  auto errors = ReadAuditQuery({{"who", "8"}, {"record", "secrets"}, {"from", "2012-03-31"}, {"to", "2012-03-01"}}, {7},
                               {"paper"}, bad);
  EXPECT_EQ(*errors.For("who"), "Choose a person from the list");
  EXPECT_EQ(*errors.For("record"), "Choose a kind of record from the list");
  EXPECT_EQ(*errors.For("to"), "The last day must be the same as or after the first day");
  AuditQuery unreal;
  auto unreal_errors = ReadAuditQuery({{"from", "2012-02-30"}}, {}, {}, unreal);
  EXPECT_EQ(*unreal_errors.For("from"), "The first day must be a real date");
  
}

}  // namespace
}  // namespace safeboard::governance
