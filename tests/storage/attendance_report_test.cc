// RULE: annual report 2011-12 section 1.3 - the Board's attendance table, computed from the
// demo's individual attendance records, reproduces the published table row by row. Runs on
// both backends.
#include <gtest/gtest.h>

#include <map>

#include "cli/commands.h"
#include "governance/store.h"
#include "core/financial_year.h"
#include "meetings/store.h"
#include "storage_fixture.h"

namespace safeboard::meetings {
namespace {

struct PublishedRow {
  const char* published;  // as printed in the annual report
  const char* agency;     // the demo's row label
  int percent;
};

// Annual report 2011-12, 1.3 MKSCB Membership & Attendance (five meetings).
const PublishedRow kPublished[] = {
    {"Independent Chair", "Independent Chair", 100},
    {"Adult Mental Health Service", "Adult Mental Health Service", 40},
    {"Milton Keynes Council Adult Social Care", "Milton Keynes Council Adult Social Care", 60},
    {"CAFCASS", "CAFCASS", 40},
    {"Designated Doctor - Safeguarding", "Designated Doctor - Safeguarding", 100},
    {"Director of Children's Services", "Director of Children's Services", 80},
    {"Head teacher, representing primary schools", "Primary schools", 100},
    {"Head teacher, representing secondary schools", "Secondary schools", 60},
    {"Head teacher, representing special schools", "Special schools", 60},
    {"Strategic Health Authority", "Strategic Health Authority", 40},
    {"HMP Woodhill", "HMP Woodhill", 40},
    {"Lay Member 1", "Lay Member 1", 40},
    {"Lay Member 2", "Lay Member 2", 25},
    {"Lead Member", "Lead Member for Children's Services", 60},
    {"Milton Keynes College", "Milton Keynes College", 60},
    {"Milton Keynes NHS Foundation Trust", "Milton Keynes NHS Foundation Trust", 80},
    {"Milton Keynes Community Health Services", "Milton Keynes Community Health Services", 100},
    {"Milton Keynes Council Children & Families", "Milton Keynes Council Children & Families", 100},
    {"*NHS Milton Keynes & Northamptonshire", "NHS Milton Keynes & Northamptonshire", 100},
    {"NSPCC", "NSPCC", 0},
    {"Oakhill Secure Training Centre", "Oakhill Secure Training Centre", 40},
    {"Safer MK", "Safer MK", 80},
    {"Thames Valley Police", "Thames Valley Police", 60},
    {"Thames Valley Probation", "Thames Valley Probation", 60},
    {"Voluntary Sector", "Voluntary Sector", 20},
    {"Youth Offending Team", "Youth Offending Team", 80},
};

class AttendanceReportTest : public storage::StorageTest {};

TEST_F(AttendanceReportTest, BoardAttendance2011To12ReproducesTheAnnualReport) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  governance::GovernanceStore governance(connection());
  auto partnership = governance.FindPartnership("milton-keynes");
  ASSERT_TRUE(partnership);
  std::int64_t board = 0;
  for (const auto& g : governance.ListGroups(partnership->id))
    if (g.kind == governance::GroupKind::kBoard) board = g.id;
  auto [from, to] = core::FinancialYearDates(2011);
  auto inputs = MeetingStore(connection()).AttendanceReportInputs(partnership->id, board, from, to);
  EXPECT_EQ(inputs.meetings.size(), 5u);  // four business meetings and the development day
  auto rows = AttendanceByAgency(inputs.meetings, inputs.memberships, inputs.marks,
                                 DeputyLimitPercent(governance::GroupKind::kBoard));
  std::map<std::string, AttendanceRow> computed;
  for (const auto& row : rows) computed[row.label] = row;
  EXPECT_EQ(rows.size(), std::size(kPublished));
  for (const auto& published : kPublished) {
    auto it = computed.find(published.agency);
    ASSERT_NE(it, computed.end()) << published.published;
    EXPECT_EQ(it->second.attendance_percent, published.percent) << published.published;
  }
  // The notes under the table: NHS MK & Northamptonshire only from September 2011 (three
  // meetings), Lay Member 2 expected at four.
  EXPECT_EQ(computed["NHS Milton Keynes & Northamptonshire"].expected, 3);
  EXPECT_EQ(computed["Lay Member 2"].expected, 4);
  EXPECT_TRUE(computed["NSPCC"].below_target);
  EXPECT_FALSE(computed["Safer MK"].below_target);
}

}  // namespace
}  // namespace safeboard::meetings
