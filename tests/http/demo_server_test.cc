#include "demo_server_test.h"

#include <memory>

#include "documents/convert.h"
#include "storage/database.h"

namespace safeboard::testing {

TestServer* DemoServerTest::server_ = nullptr;

TestServer& DemoServerTest::SharedDemoServer() {
  // Stopped when the process exits.
  static const std::unique_ptr<TestServer> server = std::make_unique<TestServer>();
  return *server;
}

std::int64_t DemoServerTest::Count(const std::string& sql) {
  auto database = storage::OpenDatabase(server_->database_url());
  auto db = database->Connect();
  return db->QueryOne(sql)->Int(0);
}

std::string MainOf(const HttpResult& r) {
  auto from = r.body.find("<main");
  auto to = r.body.find("</main>");
  return from == std::string::npos || to == std::string::npos ? r.body : r.body.substr(from, to - from);
}

std::string PdfHolding(const std::string& words) {
  auto pdf = documents::HtmlToPdf("<!doctype html><html><head><meta charset=\"utf-8\"><title>Paper</title></head><body><p>" +
                                  words + "</p></body></html>");
  EXPECT_TRUE(pdf.ok) << pdf.error;
  return pdf.bytes;
}

std::string TextOf(const std::string& pdf) {
  auto text = documents::PdfToText(pdf);
  EXPECT_TRUE(text.ok) << text.error;
  return text.bytes;
}

std::int64_t ScheduleMeeting(Client& manager, const std::string& group_name, const std::string& date,
                             const std::string& starts_at, const std::string& location) {
  auto group = DemoServerTest::Count("SELECT id FROM partnership_groups WHERE name = '" + group_name + "'");
  auto r = manager.Post(Path("/groups/" + std::to_string(group) + "/meetings"),
                        "csrf_token=" + manager.CsrfToken() + "&title=" + UrlEncode(group_name + " meeting") +
                            "&meets_on=" + date + "&starts_at=" + starts_at + "&location=" + UrlEncode(location));
  EXPECT_EQ(r.status, 303) << r.body;
  return DemoServerTest::Count("SELECT MAX(id) FROM meetings WHERE group_id = " + std::to_string(group));
}

}  // namespace safeboard::testing
