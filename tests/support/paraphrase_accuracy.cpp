// The paraphrase bench tool: builds the dev gold graph in a temporary directory, asks every
// question of bench/questions/paraphrases.json, prints accuracy per language and form, and with
// --misses every wrong answer. Usage:
//   paraphrase_accuracy [--misses] [--lang en|ko] [--db DIR (kept, must not exist)] [SOURCE_DIR]
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

#include "tests/support/paraphrase_set.h"

int main(int argc, char** argv) {
  std::string root = KG_SOURCE_DIR;
  bool misses = false;
  std::string keep_db;
  std::string only_lang;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--misses") {
      misses = true;
    } else if (a == "--db" && i + 1 < argc) {
      keep_db = argv[++i];
    } else if (a == "--lang" && i + 1 < argc) {
      only_lang = argv[++i];
    } else {
      root = a;
    }
  }
  std::filesystem::path db =
      keep_db.empty() ? std::filesystem::temp_directory_path() / ("kg-paraphrase-" + std::to_string(::getpid()))
                      : std::filesystem::path(keep_db);
  std::string set = root + "/bench/questions/paraphrases.json";
  auto documents = kg::testing::ParaphraseDocuments(set);
  if (!documents.ok()) {
    std::cerr << "paraphrases: " << documents.status().ToString() << "\n";
    return 1;
  }
  kg::Status built =
      kg::testing::BuildGoldGraph(root + "/bench/quality/gold", db.string(), *documents);
  if (!built.ok()) {
    std::cerr << "gold graph: " << built.ToString() << "\n";
    return 1;
  }
  auto report = kg::testing::AskParaphrases(db.string(), set);
  if (keep_db.empty()) std::filesystem::remove_all(db);
  if (!report.ok()) {
    std::cerr << "paraphrases: " << report.status().ToString() << "\n";
    return 1;
  }
  if (misses) {
    for (const auto& o : report->outcomes) {
      if (o.correct || (!only_lang.empty() && o.lang != only_lang)) continue;
      std::cout << o.id << " [" << o.form << "] " << o.question << "\n    got:";
      for (const auto& g : o.got) std::cout << " | " << g;
      std::cout << "\n    want:";
      for (const auto& w : o.expected) std::cout << " | " << w;
      std::cout << "\n";
    }
  }
  for (const auto& [form, c] : report->by_form) {
    if (!only_lang.empty() && form.rfind(only_lang + " ", 0) != 0) continue;
    std::printf("%-28s %3d / %3d  %.2f\n", form.c_str(), c.first, c.second,
                static_cast<double>(c.first) / c.second);
  }
  for (const auto& [lang, c] : report->by_lang) {
    std::printf("%s: %d / %d = %.3f\n", lang.c_str(), c.first, c.second,
                static_cast<double>(c.first) / c.second);
  }
  return 0;
}
