// English ingest throughput: the development texts run through the whole pipeline (mentions,
// values, Link Grammar parse where a relation word is, WordNet, rules) in one process, beside
// the ICU-only read+split baseline over the same files, with parse time-outs counted.
//
//   build/bench/bench_english [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/baseline_icu.h"
#include "ingest/pipeline.h"

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 3;
  std::string root = KG_SOURCE_DIR;
  std::vector<std::string> files = {
      root + "/examples/documents/ai-partnerships.en.txt",
      root + "/bench/quality/texts/en/corvid-novartis.txt",
      root + "/bench/quality/texts/en/haneul-kallisto.txt",
      root + "/bench/quality/texts/en/hyundai-kestrel.md",
      root + "/bench/quality/texts/en/nordvik-utsira.md",
      root + "/bench/quality/texts/en/korea-ai-compute.html",
      root + "/bench/quality/texts/en/walmart-brightwell.html"};
  std::vector<std::string> texts;
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  auto lexicon = kg::ingest::Lexicon::Default();
  auto relations = kg::ingest::RelationVocabulary::Default();
  if (!lexicon.ok() || !relations.ok()) return 1;
  kg::ingest::Pipeline pipeline(std::move(lexicon).value(), std::move(relations).value());
  kg::ingest::PipelineOptions options;
  options.language = "en";

  using Clock = std::chrono::steady_clock;
  // The first document loads Link Grammar's dictionary and opens WordNet: once per process.
  auto t0 = Clock::now();
  (void)pipeline.Run(texts[0], options);
  double load = std::chrono::duration<double>(Clock::now() - t0).count();

  long sentences = 0, parsed = 0, fallbacks = 0;
  auto t1 = Clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& t : texts) {
      auto run = pipeline.Run(t, options);
      if (!run.ok()) return 1;
      const kg::ingest::Extraction& x = *run;
      sentences += static_cast<long>(x.sentences.size());
      parsed += x.parsed_sentences;
      fallbacks += x.parse_fallbacks;
    }
  }
  double secs = std::chrono::duration<double>(Clock::now() - t1).count();

  auto t2 = Clock::now();
  kg::bench::IcuBaselineResult base{};
  for (int r = 0; r < rounds; ++r) base = kg::bench::RunIcuBaseline(files);
  double base_secs = std::chrono::duration<double>(Clock::now() - t2).count();

  std::printf("first document (dictionary load included): %.2f s\n", load);
  std::printf("kg english ingest: %ld sentences in %.2f s = %.0f sentences/s (one thread)\n",
              sentences, secs, sentences / secs);
  std::printf("  parsed by Link Grammar: %ld, time-outs/fallbacks: %ld, no relation word: %ld\n",
              parsed, fallbacks, sentences - parsed - fallbacks);
  std::printf("ICU-only read+split baseline: %llu sentences in %.4f s = %.0f sentences/s\n",
              static_cast<unsigned long long>(base.sentences * rounds), base_secs,
              base.sentences * rounds / base_secs);
  return 0;
}
