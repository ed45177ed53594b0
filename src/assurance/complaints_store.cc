#include "assurance/complaints_store.h"

namespace safeboard::assurance {
namespace {

constexpr const char* kColumns =
    "SELECT id, received_on, channel, complainant, summary, acknowledged_on, responded_on, outcome, learning, "
    "redirected_to, redirected_where, redirected_on FROM complaints ";

template <typename Enum>
std::optional<std::string> Code(std::span<const core::Term<Enum>> terms, const std::optional<Enum>& v) {
  if (!v) return std::nullopt;
  return std::string(core::CodeOf(terms, *v));
}

Complaint FromRow(const storage::Row& r) {
  Complaint c;
  c.id = r.Int(0);
  c.received_on = *core::ParseDate(r.Text(1));
  c.channel = core::ParseCode(ComplaintChannels(), r.Text(2)).value_or(ComplaintChannel::kEmail);
  c.complainant = core::ParseCode(Complainants(), r.Text(3)).value_or(Complainant::kOther);
  c.summary = r.Text(4);
  c.acknowledged_on = r.OptDate(5);
  c.responded_on = r.OptDate(6);
  if (auto o = r.OptText(7)) c.outcome = core::ParseCode(ComplaintOutcomes(), *o);
  c.learning = r.Text(8);
  if (auto t = r.OptText(9)) c.redirected_to = core::ParseCode(RedirectedTos(), *t);
  c.redirected_where = r.Text(10);
  c.redirected_on = r.OptDate(11);
  return c;
}

// The complaint's columns after `values` (the partnership's id, for an insert).
storage::Params Values(const Complaint& c, storage::Params values = {}) {
  for (auto& v : storage::Params{core::FormatDate(c.received_on),
          std::string(core::CodeOf(ComplaintChannels(), c.channel)),
          std::string(core::CodeOf(Complainants(), c.complainant)),
          c.summary,
          storage::NullableDate(c.acknowledged_on),
          storage::NullableDate(c.responded_on),
          storage::Nullable(Code(ComplaintOutcomes(), c.outcome)),
          c.learning,
          storage::Nullable(Code(RedirectedTos(), c.redirected_to)),
          c.redirected_where,
          storage::NullableDate(c.redirected_on)})
    values.push_back(std::move(v));
  return values;
}

}  // namespace

ComplaintDeadlines ComplaintStore::DeadlinesOf(std::int64_t partnership_id) {
  auto r = db_.QueryOne("SELECT acknowledge_working_days, respond_working_days FROM complaint_deadlines WHERE partnership_id = ?",
                        {partnership_id});
  if (!r) return {};
  return {static_cast<int>(r->Int(0)), static_cast<int>(r->Int(1))};
}

void ComplaintStore::SaveDeadlines(std::int64_t partnership_id, const ComplaintDeadlines& d) {
  db_.Exec("INSERT INTO complaint_deadlines (partnership_id, acknowledge_working_days, respond_working_days) VALUES (?, ?, ?) "
           "ON CONFLICT (partnership_id) DO UPDATE SET acknowledge_working_days = excluded.acknowledge_working_days, "
           "respond_working_days = excluded.respond_working_days",
           {partnership_id, std::int64_t{d.acknowledge_working_days}, std::int64_t{d.respond_working_days}});
}

std::vector<Complaint> ComplaintStore::List(std::int64_t partnership_id, std::optional<Date> from, std::optional<Date> to) {
  std::vector<Complaint> out;
  for (const auto& r : db_.Query(std::string(kColumns) +
                                     "WHERE partnership_id = ? AND received_on >= ? AND received_on <= ? "
                                     "ORDER BY received_on DESC, id DESC",
                                 {partnership_id, from ? core::FormatDate(*from) : std::string("0000-01-01"),
                                  to ? core::FormatDate(*to) : std::string("9999-12-31")}))
    out.push_back(FromRow(r));
  return out;
}

std::vector<Complaint> ComplaintStore::Open(std::int64_t partnership_id) {
  std::vector<Complaint> out;
  for (const auto& r : db_.Query(std::string(kColumns) +
                                     "WHERE partnership_id = ? AND responded_on IS NULL AND redirected_to IS NULL ORDER BY id",
                                 {partnership_id}))
    out.push_back(FromRow(r));
  return out;
}

std::optional<Complaint> ComplaintStore::Find(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kColumns) + "WHERE partnership_id = ? AND id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return FromRow(*r);
}

std::int64_t ComplaintStore::Add(std::int64_t partnership_id, const Complaint& c) {
  return db_.Insert(
      "INSERT INTO complaints (partnership_id, received_on, channel, complainant, summary, acknowledged_on, responded_on, "
      "outcome, learning, redirected_to, redirected_where, redirected_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      Values(c, {partnership_id}));
}

void ComplaintStore::Update(std::int64_t partnership_id, const Complaint& c) {
  auto values = Values(c);
  values.insert(values.end(), {partnership_id, c.id});
  db_.Exec("UPDATE complaints SET received_on = ?, channel = ?, complainant = ?, summary = ?, acknowledged_on = ?, "
           "responded_on = ?, outcome = ?, learning = ?, redirected_to = ?, redirected_where = ?, redirected_on = ? "
           "WHERE partnership_id = ? AND id = ?",
           values);
}

}  // namespace safeboard::assurance
