// A student's own labels: one entry a colour, relabelling in place, the book's CSV format, and how the
// labels agree with the three rules (counted by hand below).
#include "core/colour/colour_rules.hpp"
#include "core/data/csv.hpp"
#include "fixtures.hpp"
#include "core/base/random.hpp"
#include "core/data/labelled_set.hpp"

using namespace fontshade;

namespace {

const Rgb kBlack{0, 0, 0}, kWhite{255, 255, 255}, kBlue{0x22, 0x77, 0xd3}, kGray{128, 128, 128},
    kYellow{255, 255, 0}, kCrimson{220, 20, 60}, kTomato{255, 99, 71};

// What each rule says (dark text?) for these colours, from the rules' own tests and figures:
//            YIQ Y   YIQ    WCAG 2  APCA
// black        0     light  light   light
// white      255     dark   dark    dark
// #2277d3    104.1   light  dark    light
// gray       128     dark   dark    light
// yellow     225.9   dark   dark    dark
// crimson     84.4   light  light   light
// tomato     142.5   dark   dark    light
LabelledSet students_labels() {
  LabelledSet set;
  set.label(kBlack, 0);    // agrees with all three
  set.label(kWhite, 1);    // agrees with all three
  set.label(kBlue, 1);     // WCAG 2 only
  set.label(kGray, 0);     // APCA only
  set.label(kYellow, 0);   // none
  set.label(kCrimson, 0);  // all three
  set.label(kTomato, 1);   // YIQ and WCAG 2
  return set;
}

void check_agreement(const RuleAgreement& a, int agree, int total) {
  CHECK(a.agree == agree);
  CHECK(a.total == total);
  CHECK(a.fraction == static_cast<double>(agree) / total);
}

}  // namespace

TEST_CASE("the rules' verdicts the agreement test counts with", "[labels]") {
  const Rgb colours[] = {kBlack, kWhite, kBlue, kGray, kYellow, kCrimson, kTomato};
  const bool yiq[] = {false, true, false, true, true, false, true};
  const bool wcag[] = {false, true, true, true, true, false, true};
  const bool apca[] = {false, true, false, false, true, false, false};
  for (int k = 0; k < 7; ++k) {
    INFO(hex_of(colours[k]));
    CHECK(yiq_rule(colours[k]).dark == yiq[k]);
    CHECK(wcag2_rule(colours[k]).dark == wcag[k]);
    CHECK(apca_rule(colours[k]).dark == apca[k]);
  }
}

TEST_CASE("labels agree with YIQ 4 of 7, WCAG 2 5 of 7, APCA 4 of 7", "[labels]") {
  LabelledSet set = students_labels();
  REQUIRE(set.size() == 7);
  LabelAgreement a = set.agreement();
  // YIQ: black, white, crimson, tomato. WCAG 2: those and #2277d3. APCA: black, white, gray, crimson.
  check_agreement(a.yiq, 4, 7);
  check_agreement(a.wcag2, 5, 7);
  check_agreement(a.apca, 4, 7);

  // Yellow relabelled dark: now every rule agrees with it too.
  CHECK(set.relabel(4, 1));
  a = set.agreement();
  check_agreement(a.yiq, 5, 7);
  check_agreement(a.wcag2, 6, 7);
  check_agreement(a.apca, 5, 7);

  // Removing #2277d3 (WCAG 2's only lone agreement): 6 labels left.
  CHECK(set.remove(2));
  a = set.agreement();
  check_agreement(a.yiq, 5, 6);
  check_agreement(a.wcag2, 5, 6);
  check_agreement(a.apca, 5, 6);
}

TEST_CASE("labelling a colour again relabels it in place, each colour once", "[labels]") {
  LabelledSet set = students_labels();
  CHECK(set.label(kBlack, 1) == 0);  // black is entry 0 and stays there
  CHECK(set.size() == 7);
  CHECK(set.entries()[0].colour == kBlack);
  CHECK(set.entries()[0].label == 1);
  // Black labelled dark disagrees with every rule now.
  check_agreement(set.agreement().yiq, 3, 7);
  CHECK(set.find(kGray) == 3);
  CHECK_FALSE(set.find(Rgb{1, 2, 3}).has_value());
  CHECK(set.label(Rgb{1, 2, 3}, 1) == 7);
  CHECK(set.size() == 8);
}

TEST_CASE("relabel and remove check the index, labels are 0 or 1, channels are clamped", "[labels]") {
  LabelledSet set;
  CHECK(set.empty());
  CHECK_FALSE(set.relabel(0, 1));
  CHECK_FALSE(set.remove(0));
  CHECK(set.label(kWhite, 7) == 0);  // not 1: light text
  CHECK(set.entries()[0].label == 0);
  CHECK_FALSE(set.relabel(-1, 1));
  CHECK_FALSE(set.relabel(1, 1));
  CHECK_FALSE(set.remove(1));
  CHECK(set.relabel(0, 1));
  CHECK(set.entries()[0].label == 1);
  CHECK(set.label(Rgb{300, -4, 128}, 1) == 1);
  CHECK(set.entries()[1].colour == Rgb{255, 0, 128});
  CHECK(set.remove(0));
  CHECK(set.size() == 1);
  CHECK(set.entries()[0].colour == Rgb{255, 0, 128});
  set.clear();
  CHECK(set.empty());
}

TEST_CASE("no labels: agreement 0 of 0, fraction 0", "[labels]") {
  const LabelAgreement a = LabelledSet{}.agreement();
  CHECK(a.yiq.agree == 0);
  CHECK(a.yiq.total == 0);
  CHECK(a.yiq.fraction == 0.0);
  CHECK(a.apca.fraction == 0.0);
}

TEST_CASE("a student's labels as CSV: the book's header, LF line ends, parsed back the same", "[labels]") {
  const LabelledSet set = students_labels();
  const std::string text = set.csv_text();
  CHECK(text ==
        "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n"
        "0,0,0,0\n"
        "255,255,255,1\n"
        "34,119,211,1\n"
        "128,128,128,0\n"
        "255,255,0,0\n"
        "220,20,60,0\n"
        "255,99,71,1\n");
  const Result<DataSet> parsed = parse_csv(text, "labels.csv");
  REQUIRE(ok(parsed));
  const DataSet& back = std::get<DataSet>(parsed);
  REQUIRE(back.samples.size() == set.entries().size());
  for (std::size_t k = 0; k < back.samples.size(); ++k) {
    INFO("row " << k);
    CHECK(back.samples[k].colour == set.entries()[k].colour);
    CHECK(back.samples[k].label == set.entries()[k].label);
  }
  CHECK(LabelledSet{}.csv_text() == "RED,GREEN,BLUE,LIGHT_OR_DARK_FONT_IND\n");
}

TEST_CASE("a student's labels as a data set: origin labels, not built in, no built-in name", "[labels]") {
  const DataSet data = students_labels().to_dataset("your 7 labels");
  CHECK(data.origin == DataOrigin::labels);
  CHECK(data.source == "your 7 labels");
  CHECK_FALSE(data.builtin());
  CHECK_FALSE(data.from_file());
  CHECK_FALSE(data.synthetic());
  CHECK(builtin_name(DataOrigin::labels).empty());
  REQUIRE(data.samples.size() == 7);
  CHECK(data.samples[2].colour == kBlue);
  CHECK(data.samples[2].label == 1);
  const DataFacts f = facts_of(data);
  CHECK(f.rows == 7);
  CHECK(f.dark == 3);
  CHECK(f.light == 4);
}

TEST_CASE("the agreement kept as labels change equals a count over the labels, after any edits", "[labels]") {
  LabelledSet set;
  Random pick(5, 3);
  for (int k = 0; k < 3000; ++k) {
    const int what = static_cast<int>(pick.index(10));
    if (what < 6) set.label(Rgb{static_cast<int>(pick.index(256)), static_cast<int>(pick.index(40)), 90}, static_cast<int>(pick.index(2)));
    else if (what < 8 && !set.empty()) set.relabel(static_cast<int>(pick.index(static_cast<std::uint32_t>(set.size()))), static_cast<int>(pick.index(2)));
    else if (what < 10 && !set.empty()) set.remove(static_cast<int>(pick.index(static_cast<std::uint32_t>(set.size()))));
    if (k == 1500) set.clear();
  }
  REQUIRE(set.size() > 100);
  int yiq = 0, wcag2 = 0, apca = 0;
  for (const Sample& s : set.entries()) {
    yiq += yiq_rule(s.colour).dark == (s.label == 1);
    wcag2 += wcag2_rule(s.colour).dark == (s.label == 1);
    apca += apca_rule(s.colour).dark == (s.label == 1);
  }
  const LabelAgreement a = set.agreement();
  CHECK(a.yiq.agree == yiq);
  CHECK(a.wcag2.agree == wcag2);
  CHECK(a.apca.agree == apca);
  CHECK(a.apca.total == set.size());
}
