#include "demo_server_test.h"

#include <memory>

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

}  // namespace safeboard::testing
