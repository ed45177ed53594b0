#include "publishing/store.h"

namespace safeboard::publishing {

std::optional<SiteSettings> PublishingStore::Settings(std::int64_t partnership_id) {
  auto row = db_.QueryOne("SELECT about, who_to_call FROM publishing_sites WHERE partnership_id = ?", {partnership_id});
  if (!row) return std::nullopt;
  return SiteSettings{row->Text(0), row->Text(1)};
}

void PublishingStore::SaveSettings(std::int64_t partnership_id, const SiteSettings& s) {
  db_.Exec("INSERT INTO publishing_sites (partnership_id, about, who_to_call) VALUES (?, ?, ?) ON CONFLICT (partnership_id) "
           "DO UPDATE SET about = excluded.about, who_to_call = excluded.who_to_call",
           {partnership_id, s.about, s.who_to_call});
}

std::vector<Publication> PublishingStore::Where(const std::string& condition, const storage::Params& params) {
  std::vector<Publication> out;
  for (const auto& r : db_.Query("SELECT id, title, kind, audience, format, distribution, summary, url, published_on, "
                                 "on_public_site, withdrawn_on FROM publications WHERE " +
                                     condition + " ORDER BY published_on IS NULL, published_on DESC, id DESC",
                                 params)) {
    Publication p;
    p.id = r.Int(0);
    p.title = r.Text(1);
    p.kind = core::ParseCode(PublicationKinds(), r.Text(2)).value_or(PublicationKind::kOther);
    p.audience = r.Text(3);
    p.format = r.Text(4);
    p.distribution = r.Text(5);
    p.summary = r.Text(6);
    p.url = r.Text(7);
    p.published_on = r.OptDate(8);
    p.on_public_site = r.Bool(9);
    p.withdrawn_on = r.OptDate(10);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Publication> PublishingStore::Publications(std::int64_t partnership_id) {
  return Where("partnership_id = ?", {partnership_id});
}

std::optional<Publication> PublishingStore::FindPublication(std::int64_t partnership_id, std::int64_t id) {
  auto found = Where("partnership_id = ? AND id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t PublishingStore::AddPublication(std::int64_t partnership_id, const Publication& p) {
  return db_.Insert("INSERT INTO publications (partnership_id, title, kind, audience, format, distribution, summary, url, "
                    "published_on, on_public_site) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, p.title, std::string(core::CodeOf(PublicationKinds(), p.kind)), p.audience, p.format,
                     p.distribution, p.summary, p.url, storage::NullableDate(p.published_on),
                     std::int64_t{p.on_public_site ? 1 : 0}});
}

void PublishingStore::SaveWithdrawal(std::int64_t partnership_id, std::int64_t id, const Date& on) {
  db_.Exec("UPDATE publications SET withdrawn_on = ? WHERE id = ? AND partnership_id = ?",
           {core::FormatDate(on), id, partnership_id});
}

std::vector<Activity> PublishingStore::Activities(std::int64_t partnership_id) {
  std::vector<Activity> out;
  for (const auto& r : db_.Query("SELECT id, kind, title, held_on, details, results, responded_by, dcs_consulted FROM "
                                 "communication_activities WHERE partnership_id = ? ORDER BY held_on DESC, id DESC",
                                 {partnership_id}))
    out.push_back({r.Int(0), core::ParseCode(ActivityKinds(), r.Text(1)).value_or(ActivityKind::kCampaign), r.Text(2),
                   *r.OptDate(3), r.Text(4), r.Text(5), r.Text(6), r.Bool(7)});
  return out;
}

std::int64_t PublishingStore::AddActivity(std::int64_t partnership_id, const Activity& a) {
  return db_.Insert("INSERT INTO communication_activities (partnership_id, kind, title, held_on, details, results, "
                    "responded_by, dcs_consulted) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, std::string(core::CodeOf(ActivityKinds(), a.kind)), a.title, core::FormatDate(a.held_on),
                     a.details, a.results, a.responded_by, std::int64_t{a.dcs_consulted ? 1 : 0}});
}

}  // namespace safeboard::publishing
