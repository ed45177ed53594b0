// `safeboard backup`: an online backup of a SQLite database while the server runs.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "storage/sqlite/sqlite_database.h"

namespace safeboard::cli {

void AddBackupCommand(CLI::App& app) {
  auto opts = std::make_shared<std::pair<std::string, std::string>>(kDefaultDatabase, "");
  auto* cmd = app.add_subcommand("backup", "Take an online backup of a SQLite database");
  cmd->add_option("--database", opts->first, "sqlite:PATH")->capture_default_str();
  cmd->add_option("--to", opts->second, "The backup file to create")->required();
  cmd->callback([opts] {
    const std::string& url = opts->first;
    if (!url.starts_with("sqlite:"))
      throw std::runtime_error("safeboard backup copies SQLite databases; back up PostgreSQL with pg_dump");
    if (std::filesystem::exists(opts->second))
      throw std::runtime_error(opts->second + " already exists: choose a new file name");
    storage::SqliteOnlineBackup(url.substr(7), opts->second);
    std::cout << "backed up " << url << " to " << opts->second << "\n";
  });
}

}  // namespace safeboard::cli
