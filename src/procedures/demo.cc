#include "procedures/demo.h"

#include <map>

#include "procedures/store.h"

namespace safeboard::procedures {
namespace {

using demo::Str;
namespace json = boost::json;

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty()) throw std::runtime_error("demo data: procedures " + what + ": " + errors.all().front().message);
}

core::FieldValues StringsOf(const json::object& o) {
  core::FieldValues in;
  for (const auto& [key, value] : o)
    if (value.is_string()) in[std::string(key)] = std::string(value.as_string());
  return in;
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  if (!load.file.contains("procedures")) return;
  const auto& o = load.file.at("procedures").as_object();
  ProcedureStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> groups;
  for (const auto& [key, id] : load.groups) groups.push_back(id);
  std::map<std::string, std::int64_t> documents, chapters;
  for (const auto& v : o.at("documents").as_array()) {
    LinkedDocument d;
    Check(ReadDocument(StringsOf(v.as_object()), today, d), "document");
    documents[Str(v.as_object(), "key")] = store.AddDocument(load.partnership_id, d);
  }
  std::vector<std::string> numbers;
  for (const auto& v : o.at("chapters").as_array()) {
    const auto& co = v.as_object();
    auto in = StringsOf(co);
    if (!Str(co, "owner").empty()) in["owner_group_id"] = std::to_string(demo::Ref(load.groups, Str(co, "owner"), "group"));
    Chapter chapter;
    Check(ReadChapter(in, numbers, groups, today, chapter), "chapter " + Str(co, "number"));
    numbers.push_back(chapter.number);
    chapter.id = store.AddChapter(load.partnership_id, chapter);
    chapters[chapter.number] = chapter.id;
    // Its versions, oldest first, each through the reader against the chapter as it then was.
    if (co.contains("amendments"))
      for (const auto& a : co.at("amendments").as_array()) {
        Amendment amendment;
        Check(ReadAmendment(StringsOf(a.as_object()), *store.FindChapter(load.partnership_id, chapter.id), today, amendment),
              "amendment of " + chapter.number);
        store.AddAmendment(load.partnership_id, amendment);
      }
    // A chapter still under review or identified keeps that status after its earlier versions.
    auto saved = *store.FindChapter(load.partnership_id, chapter.id);
    if (saved.status != chapter.status) {
      saved.status = chapter.status;
      store.SaveChapter(load.partnership_id, saved);
    }
    if (co.contains("documents"))
      for (const auto& d : co.at("documents").as_array())
        store.LinkDocument(load.partnership_id, chapter.id, demo::Ref(documents, std::string(d.as_string()), "document"));
  }
  std::vector<std::int64_t> chapter_ids;
  for (const auto& [number, id] : chapters) chapter_ids.push_back(id);
  for (const auto& v : o.at("triggers").as_array()) {
    const auto& to = v.as_object();
    auto in = StringsOf(to);
    for (const auto& number : to.at("chapters").as_array())
      in["chapter_" + std::to_string(demo::Ref(chapters, std::string(number.as_string()), "chapter"))] = "yes";
    Trigger trigger;
    Check(ReadTrigger(in, chapter_ids, {}, today, trigger), "trigger");
    store.AddTrigger(load.partnership_id, trigger);
  }
  Date next;
  Check(ReadNextUpdate({{"next_update_on", Str(o, "next_update_on")}}, *core::ParseDate(Str(o, "as_of")), next), "next update");
  store.SaveNextUpdate(load.partnership_id, next);
}

}  // namespace safeboard::procedures
