#include "assurance/lado_store.h"

namespace safeboard::assurance {

std::vector<LadoReturn> LadoStore::ReturnsOf(std::int64_t partnership_id, int year_start) {
  std::vector<LadoReturn> out;
  for (const auto& r : db_.Query(
           "SELECT id, year_start, quarter, referrals, advice, police_involved, considered_within_1_day, "
           "concluded_within_3_months, delay_reasons, reported_at_meeting_id FROM lado_returns "
           "WHERE partnership_id = ? AND year_start = ? ORDER BY quarter",
           {partnership_id, std::int64_t{year_start}})) {
    LadoReturn l;
    l.id = r.Int(0);
    l.year_start = static_cast<int>(r.Int(1));
    l.quarter = static_cast<int>(r.Int(2));
    l.referrals = static_cast<int>(r.Int(3));
    l.advice = static_cast<int>(r.Int(4));
    l.police_involved = static_cast<int>(r.Int(5));
    l.considered_within_1_day = static_cast<int>(r.Int(6));
    l.concluded_within_3_months = static_cast<int>(r.Int(7));
    l.delay_reasons = r.Text(8);
    l.reported_at_meeting_id = r.OptInt(9);
    for (const auto& c : db_.Query("SELECT dimension, code, count FROM lado_return_counts WHERE return_id = ?", {l.id})) {
      if (c.Text(0) == "sector") {
        if (auto sector = core::ParseCode(EmployerSectors(), c.Text(1))) l.by_sector[*sector] = static_cast<int>(c.Int(2));
      } else if (auto outcome = core::ParseCode(AllegationOutcomes(), c.Text(1))) {
        l.outcomes[*outcome] = static_cast<int>(c.Int(2));
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<int> LadoStore::Years(std::int64_t partnership_id) {
  std::vector<int> years;
  for (const auto& r : db_.Query("SELECT DISTINCT year_start FROM lado_returns WHERE partnership_id = ? ORDER BY year_start DESC",
                                 {partnership_id}))
    years.push_back(static_cast<int>(r.Int(0)));
  return years;
}

std::int64_t LadoStore::Save(std::int64_t partnership_id, const LadoReturn& l) {
  storage::Params values = {std::int64_t{l.referrals},
                            std::int64_t{l.advice},
                            std::int64_t{l.police_involved},
                            std::int64_t{l.considered_within_1_day},
                            std::int64_t{l.concluded_within_3_months},
                            l.delay_reasons,
                            storage::Nullable(l.reported_at_meeting_id)};
  auto existing = db_.QueryOne("SELECT id FROM lado_returns WHERE partnership_id = ? AND year_start = ? AND quarter = ?",
                               {partnership_id, std::int64_t{l.year_start}, std::int64_t{l.quarter}});
  std::int64_t id = 0;
  if (existing) {
    id = existing->Int(0);
    values.insert(values.end(), {partnership_id, id});
    db_.Exec("UPDATE lado_returns SET referrals = ?, advice = ?, police_involved = ?, considered_within_1_day = ?, "
             "concluded_within_3_months = ?, delay_reasons = ?, reported_at_meeting_id = ? WHERE partnership_id = ? AND id = ?",
             values);
    db_.Exec("DELETE FROM lado_return_counts WHERE return_id = ?", {id});
  } else {
    values.insert(values.begin(), {partnership_id, std::int64_t{l.year_start}, std::int64_t{l.quarter}});
    id = db_.Insert(
        "INSERT INTO lado_returns (partnership_id, year_start, quarter, referrals, advice, police_involved, "
        "considered_within_1_day, concluded_within_3_months, delay_reasons, reported_at_meeting_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        values);
  }
  for (const auto& [sector, n] : l.by_sector)
    db_.Exec("INSERT INTO lado_return_counts (return_id, dimension, code, count) VALUES (?, 'sector', ?, ?)",
             {id, std::string(core::CodeOf(EmployerSectors(), sector)), std::int64_t{n}});
  for (const auto& [outcome, n] : l.outcomes)
    db_.Exec("INSERT INTO lado_return_counts (return_id, dimension, code, count) VALUES (?, 'outcome', ?, ?)",
             {id, std::string(core::CodeOf(AllegationOutcomes(), outcome)), std::int64_t{n}});
  return id;
}

}  // namespace safeboard::assurance
