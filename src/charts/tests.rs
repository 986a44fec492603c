//! The figures behind every chart, on both sample plans.

use super::*;
use crate::figures;

fn sample(text: &str) -> (Plan, Figures) {
    let plan = crate::format::load_str(text).expect("sample loads").plan;
    let figs = figures::compute(&plan).expect("figures");
    (plan, figs)
}

fn lai_chau() -> (Plan, Figures) {
    sample(include_str!("../../assets/samples/lai-chau-2025.ntm"))
}

fn lang_son() -> (Plan, Figures) {
    sample(include_str!("../../assets/samples/lang-son-2023.ntm"))
}

fn bars(spec: &ChartSpec) -> &Bars {
    match &spec.body {
        ChartBody::Bars(b) => b,
        other => panic!("{:?} is not bars: {other:?}", spec.kind),
    }
}

fn build(kind: ChartKind, (plan, figs): &(Plan, Figures)) -> ChartSpec {
    ChartSpec::build(kind, plan, figs, Lang::Vi)
}

#[test]
fn kinds_have_stable_names() {
    let names: Vec<&str> = ChartKind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(
        names,
        [
            "funding-by-source",
            "funding-donut",
            "central-by-component",
            "criteria-baseline-target",
            "distribution-bands",
            "projects-by-component",
            "criteria-by-group",
            "recognition-by-group",
            "criteria-target-result",
            "recognition-target-result",
            "funding-plan-mobilized"
        ]
    );
    for k in ChartKind::ALL {
        assert_eq!(ChartKind::from_name(k.name()), Some(k));
        assert!(!k.describe(Lang::Vi).is_empty() && !k.describe(Lang::En).is_empty());
    }
    assert_eq!(ChartKind::from_name("pie"), None);
}

#[test]
fn lai_chau_funding_by_source() {
    let p = lai_chau();
    let spec = build(ChartKind::FundingBySource, &p);
    assert_eq!(spec.title, "Nguồn vốn theo nguồn");
    assert_eq!(spec.headline, "4.503.481 triệu đồng");
    assert_eq!(spec.headline_caption, "Tổng nguồn vốn");
    assert_eq!(spec.subtitle, "Lai Châu, năm 2025 · đơn vị: triệu đồng");
    let b = bars(&spec);
    assert_eq!(
        b.categories,
        [
            "Vốn ngân sách Trung ương",
            "Vốn ngân sách địa phương (vốn đối ứng)",
            "Vốn lồng ghép các Chương trình mục tiêu quốc gia",
            "Vốn tín dụng",
            "Vốn huy động cộng đồng dân cư"
        ]
    );
    let s = &b.series[0];
    assert_eq!(s.values, [96569.0, 157707.0, 1667139.0, 2581000.0, 1066.0]);
    assert_eq!(
        s.labels,
        [
            // Rounded alone 2,14%; the largest remainder gives it the 0,01 that
            // makes the five shares add up to 100,00% (rounded alone: 99,99%).
            "96.569 (2,15%)",
            "157.707 (3,50%)",
            "1.667.139 (37,02%)",
            "2.581.000 (57,31%)",
            "1.066 (0,02%)"
        ]
    );
    // One colour per source, the palette's first five, the same as the donut's.
    assert_eq!(s.colors, palette::CATEGORICAL[..5]);
    assert_eq!(b.value_axis, "triệu đồng");
    assert_eq!(b.axis_max(), 2581000.0);
}

#[test]
fn lai_chau_funding_donut_shares_add_to_one_hundred() {
    let p = lai_chau();
    let spec = build(ChartKind::FundingDonut, &p);
    assert_eq!(spec.title, "Cơ cấu nguồn vốn");
    let ChartBody::Donut(d) = &spec.body else {
        panic!("not a donut")
    };
    assert_eq!(d.center, "4.503.481");
    assert_eq!(d.center_caption, "triệu đồng");
    let values: Vec<&str> = d.slices.iter().map(|s| s.value_label.as_str()).collect();
    assert_eq!(
        values,
        ["96.569", "157.707", "1.667.139", "2.581.000", "1.066"]
    );
    let shares: Vec<&str> = d.slices.iter().map(|s| s.share_label.as_str()).collect();
    assert_eq!(shares, ["2,15%", "3,50%", "37,02%", "57,31%", "0,02%"]);
    let sum: Decimal = shares
        .iter()
        .map(|s| numfmt::parse(s).expect("a share parses"))
        .sum();
    assert_eq!(sum, Decimal::ONE_HUNDRED);
    let colors: Vec<Rgb> = d.slices.iter().map(|s| s.color).collect();
    let bar_spec = build(ChartKind::FundingBySource, &p);
    assert_eq!(
        colors,
        bars(&bar_spec).series[0].colors,
        "bars and donut agree"
    );
}

#[test]
fn lai_chau_central_budget_by_component() {
    let p = lai_chau();
    let spec = build(ChartKind::CentralByComponent, &p);
    assert_eq!(
        spec.title,
        "Vốn ngân sách Trung ương theo nội dung thành phần"
    );
    assert_eq!(spec.headline, "96.569 triệu đồng");
    let b = bars(&spec);
    assert_eq!(
        b.categories,
        [
            "2. Phát triển hạ tầng kinh tế - xã hội",
            "3. Cơ cấu lại ngành nông nghiệp, phát triển kinh tế nông thôn, OCOP",
            "7. Môi trường, cảnh quan nông thôn",
            "10. Quốc phòng, an ninh",
            "11. Giám sát, đánh giá, nâng cao năng lực, truyền thông",
            "Nội dung chưa phân bổ chi tiết"
        ]
    );
    assert_eq!(
        b.series[0].values,
        [74098.0, 307.0, 2800.0, 680.0, 2595.0, 16089.0]
    );
    assert_eq!(
        b.series[0].labels,
        [
            "74.098 (76,73%)",
            "307 (0,32%)",
            "2.800 (2,90%)",
            "680 (0,70%)",
            "2.595 (2,69%)",
            "16.089 (16,66%)"
        ]
    );
}

#[test]
fn lai_chau_criteria_baseline_vs_target() {
    let p = lai_chau();
    let spec = build(ChartKind::CriteriaBaselineTarget, &p);
    assert_eq!(spec.title, "Số xã đạt từng tiêu chí");
    assert_eq!(spec.subtitle, "Lai Châu, năm 2025 · trên tổng số 94 xã");
    let (plan, figs) = &p;
    let b = bars(&spec);
    assert_eq!(b.categories.len(), 19);
    assert_eq!(b.categories[1], "2. Giao thông");
    assert_eq!(b.value_max, Some(94.0));
    let [baseline, target] = &b.series[..] else {
        panic!("two series")
    };
    assert_eq!(baseline.name, "Năm gốc");
    assert_eq!(target.name, "Mục tiêu 2025");
    assert_eq!((baseline.values[1], target.values[1]), (64.0, 93.0));
    assert!(
        baseline.labels.iter().all(String::is_empty),
        "the target's label says both"
    );
    assert_eq!(target.labels[1], "64 → 93/94");
    assert_eq!(target.labels[16], "45 → 61/94", "criterion 17");
    assert_eq!(baseline.color(), palette::BASELINE);
    assert_eq!(target.color(), palette::TARGET);
    let expected_target = [
        94, 93, 94, 94, 78, 94, 94, 94, 89, 54, 54, 92, 90, 84, 88, 94, 61, 94, 94,
    ];
    assert_eq!(target.values, expected_target.map(f64::from));
    let avg = |d: Option<Decimal>| d.map(|d| numfmt::fixed(d, 2)).unwrap_or_default();
    assert_eq!(
        spec.headline,
        format!(
            "{} → {}",
            avg(figs.average_baseline),
            avg(figs.average_target)
        )
    );
    assert!(spec.headline.ends_with("→ 17,33"), "{}", spec.headline);
    assert_eq!(plan.end_year(), 2025);
}

#[test]
fn lai_chau_distribution_bands() {
    let p = lai_chau();
    let spec = build(ChartKind::DistributionBands, &p);
    let b = bars(&spec);
    assert_eq!(
        b.categories,
        [
            "19 tiêu chí",
            "15–18 tiêu chí",
            "10–14 tiêu chí",
            "5–9 tiêu chí",
            "dưới 5 tiêu chí"
        ]
    );
    assert_eq!(b.series[0].values, [44.0, 5.0, 27.0, 18.0, 0.0]);
    assert_eq!(b.series[1].values, [54.0, 40.0, 0.0, 0.0, 0.0]);
    assert_eq!(b.series[0].labels, ["44", "5", "27", "18", "0"]);
    assert_eq!(b.series[1].labels, ["54", "40", "0", "0", "0"]);
    assert_eq!(spec.headline, "44 → 54 xã");
    assert_eq!(spec.headline_caption, "đạt 19 tiêu chí, năm gốc → mục tiêu");
}

#[test]
fn lai_chau_projects_by_component() {
    let p = lai_chau();
    let spec = build(ChartKind::ProjectsByComponent, &p);
    assert_eq!(spec.headline, "86 dự án");
    assert_eq!(
        spec.headline_caption,
        "74.098 triệu đồng; 63 theo cơ chế đặc thù"
    );
    // One component only: a figure (see a_chart_of_one_category_is_said_as_a_figure).
    assert!(matches!(spec.body, ChartBody::Single(_)));
}

#[test]
fn english_labels_keep_vietnamese_numbers_and_name_sources_by_kind() {
    let (plan, figs) = lai_chau();
    let spec = ChartSpec::build(ChartKind::FundingBySource, &plan, &figs, Lang::En);
    assert_eq!(spec.title, "Funding by source");
    assert_eq!(spec.headline, "4.503.481 million VND");
    // The plan's own names are Vietnamese; in English a source of a known kind
    // has the kind's English name.
    assert_eq!(bars(&spec).categories[3], "Credit");
    assert_eq!(spec.headline_caption, "Total funding");
    let spec = ChartSpec::build(ChartKind::CriteriaBaselineTarget, &plan, &figs, Lang::En);
    assert_eq!(bars(&spec).series[1].name, "Target 2025");
}

#[test]
fn lang_son_has_no_funding_and_says_so() {
    let p = lang_son();
    for kind in [
        ChartKind::FundingBySource,
        ChartKind::FundingDonut,
        ChartKind::CentralByComponent,
        ChartKind::ProjectsByComponent,
    ] {
        let spec = build(kind, &p);
        assert!(!spec.has_data(), "{kind:?}");
        let ChartBody::NoData(msg) = &spec.body else {
            unreachable!()
        };
        assert!(msg.starts_with("Kế hoạch chưa"), "{msg}");
        assert_eq!(spec.headline, "—");
        // Rendering a chart without data still gives a picture.
        let svg = svg::render(&spec, 640, 360);
        assert!(svg.contains(msg.as_str()));
    }
}

#[test]
fn lang_son_criteria_and_bands() {
    let p = lang_son();
    let (plan, figs) = &p;
    let spec = build(ChartKind::CriteriaBaselineTarget, &p);
    assert!(spec.has_data());
    let b = bars(&spec);
    let n = figs.communes;
    assert_eq!(n, plan.communes.len());
    assert_eq!(b.value_max, Some(n as f64));
    for (i, c) in figs.per_criterion.iter().enumerate() {
        assert_eq!(b.series[0].values[i], c.baseline as f64);
        assert_eq!(
            b.series[1].labels[i],
            format!("{} → {}/{n}", c.baseline, c.target)
        );
    }
    let spec = build(ChartKind::DistributionBands, &p);
    let b = bars(&spec);
    let total: f64 = b.series[0].values.iter().sum();
    assert_eq!(total, n as f64, "every commune is in one band");
    let total: f64 = b.series[1].values.iter().sum();
    assert_eq!(total, n as f64);
}

#[test]
fn an_empty_plan_has_no_data_anywhere() {
    let plan = Plan::new_empty(
        crate::criteria_sets::by_name("2026-2030").expect("bundled set"),
        "Sơn La",
        2026,
    );
    let figs = figures::compute(&plan).expect("figures");
    for spec in ChartSpec::all(&plan, &figs, Lang::Vi) {
        assert!(!spec.has_data(), "{:?}", spec.kind);
        let png = png::encode(&spec, 320, 180).expect("renders");
        assert!(png.starts_with(b"\x89PNG"));
    }
}

#[test]
fn every_lai_chau_chart_renders_to_svg_that_parses_and_to_png() {
    let (plan, figs) = lai_chau();
    // The 2021–2025 set has no commune groups: that chart has nothing to show.
    for spec in ChartSpec::all(&plan, &figs, Lang::Vi)
        .into_iter()
        .filter(|s| {
            !matches!(
                s.kind,
                ChartKind::CriteriaByGroup | ChartKind::RecognitionByGroup
            )
        })
    {
        let text = svg::render(&spec, 1920, 1080);
        let tree = png::parse_svg(&text).expect("the SVG parses");
        assert_eq!(tree.size().width(), 1920.0);
        // Every label printed on the chart is in the SVG as text.
        match &spec.body {
            ChartBody::Bars(b) => {
                for l in b.series.iter().flat_map(|s| s.labels.iter()) {
                    assert!(text.contains(&svg::escape(l)), "{l}");
                }
            }
            ChartBody::Donut(d) => {
                for s in &d.slices {
                    assert!(text.contains(&format!("{} · {}", s.value_label, s.share_label)));
                }
            }
            ChartBody::Single(one) => {
                assert!(text.contains(&svg::escape(&one.value)));
                assert!(text.contains(&svg::escape(&one.category)));
            }
            ChartBody::NoData(_) => panic!("Lai Châu has data for {:?}", spec.kind),
        }
        assert!(text.contains(&spec.headline));
        let pixels = png::rgba(&spec, 480, 270).expect("rasterizes");
        assert_eq!(pixels.len(), 480 * 270 * 4);
        // Not a blank picture: some pixels are coloured.
        assert!(pixels.chunks(4).any(|p| p[0] < 200 || p[2] < 200));
    }
}

#[test]
fn ticks_are_round() {
    assert_eq!(ticks(94.0, 6), [0.0, 20.0, 40.0, 60.0, 80.0]);
    assert_eq!(ticks(2_581_000.0, 6).last(), Some(&2_500_000.0));
    assert_eq!(tick_label(2_500_000.0), "2.500.000");
    assert_eq!(ticks(0.0, 5), [0.0]);
    let (plan, figs) = lai_chau();
    let spec = ChartSpec::build(ChartKind::CriteriaBaselineTarget, &plan, &figs, Lang::Vi);
    assert_eq!(
        svg::axis(bars(&spec)),
        (vec![0.0, 20.0, 40.0, 60.0, 80.0, 94.0], 94.0)
    );
    let spec = ChartSpec::build(ChartKind::CentralByComponent, &plan, &figs, Lang::Vi);
    assert_eq!(svg::axis(bars(&spec)).1, 80000.0);
}

#[test]
fn a_chart_of_one_category_is_said_as_a_figure() {
    // Lai Châu's 86 projects all belong to component 2: one category.
    let p = lai_chau();
    let spec = build(ChartKind::ProjectsByComponent, &p);
    let ChartBody::Single(one) = &spec.body else {
        panic!("one component is a figure, not a lone bar: {:?}", spec.body)
    };
    assert_eq!(one.category, "2. Phát triển hạ tầng kinh tế - xã hội");
    assert_eq!(one.value, "74.098 triệu đồng · 86 dự án (63 đặc thù)");
    let text = svg::render(&spec, 1920, 1080);
    let grid = format!(r#"stroke="{}" stroke-width="1.5""#, palette::GRID.hex());
    assert!(!text.contains(&grid), "no axis or grid for one figure");
    // Several categories stay bars.
    assert!(matches!(
        build(ChartKind::CentralByComponent, &p).body,
        ChartBody::Bars(_)
    ));
}

#[test]
fn english_charts_have_no_vietnamese_words() {
    let (plan, figs) = lai_chau();
    // Letters only Vietnamese uses (and the place names, which are proper names).
    let vietnamese = |t: &str| {
        let t = t.replace("Lai Châu", "");
        t.chars().any(|c| {
            "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                .contains(c.to_lowercase().next().unwrap_or(c))
        })
    };
    for spec in ChartSpec::all(&plan, &figs, Lang::En) {
        let mut texts = vec![
            spec.title.clone(),
            spec.subtitle.clone(),
            spec.headline_caption.clone(),
        ];
        match &spec.body {
            ChartBody::Bars(b) => {
                texts.extend(b.categories.iter().cloned());
                texts.push(b.value_axis.clone());
                for s in &b.series {
                    texts.push(s.name.clone());
                    texts.extend(s.labels.iter().cloned());
                }
            }
            ChartBody::Donut(d) => {
                texts.push(d.center_caption.clone());
                texts.extend(d.slices.iter().map(|s| s.name.clone()));
            }
            ChartBody::Single(one) => {
                texts.push(one.category.clone());
                texts.push(one.value.clone());
            }
            ChartBody::NoData(m) => texts.push(m.clone()),
        }
        for t in texts {
            assert!(!vietnamese(&t), "{:?}: {t}", spec.kind);
        }
    }
    let central = ChartSpec::build(ChartKind::CentralByComponent, &plan, &figs, Lang::En);
    assert_eq!(central.title, "Central budget by component content");
    let bands = ChartSpec::build(ChartKind::DistributionBands, &plan, &figs, Lang::En);
    assert!(
        bars(&bands)
            .categories
            .contains(&"under 5 criteria".to_string())
    );
}

/// A 2026–2030 plan with groups: one bar per group in each criterion's row; a plan
/// of a set without groups says so instead.
#[test]
fn communes_meeting_each_criterion_by_group() {
    let set = crate::criteria_sets::by_name("2026-2030").unwrap();
    let register = crate::units::bundled::by_province("Lai Châu").unwrap();
    let mut plan = crate::new_plan::NewPlan::with_register(set, register, 2027).build();
    for (i, c) in plan.communes.iter_mut().enumerate() {
        c.group = if i < 4 {
            Some(2)
        } else if i < 30 {
            Some(3)
        } else {
            None
        };
        if i % 2 == 0 {
            c.target_unmet.retain(|k| k != "1");
        }
    }
    let figs = crate::figures::compute(&plan).unwrap();
    let spec = ChartSpec::build(ChartKind::CriteriaByGroup, &plan, &figs, Lang::Vi);
    assert_eq!(spec.title, "Số xã đạt từng tiêu chí theo nhóm xã");
    let b = bars(&spec);
    let names: Vec<&str> = b.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Nhóm 2 (4 xã)", "Nhóm 3 (26 xã)", "Chưa chọn nhóm (6 xã)"]
    );
    assert_eq!(b.categories.len(), 10);
    assert!(
        b.series[1].labels[0].is_empty(),
        "three groups: no room for labels"
    );
    assert_eq!(
        b.series[0].color(),
        palette::categorical(1),
        "group 2 keeps its colour"
    );
    assert_eq!(
        b.series[1].values[0], 50.0,
        "13 of 26: a share of the group"
    );
    let r = ChartSpec::build(ChartKind::RecognitionByGroup, &plan, &figs, Lang::Vi);
    let rb = bars(&r);
    assert_eq!(
        rb.categories,
        ["Nhóm 2 (4 xã)", "Nhóm 3 (26 xã)", "Chưa chọn nhóm (6 xã)"]
    );
    assert_eq!(rb.series.len(), 3);
    let old = lai_chau();
    assert!(!build(ChartKind::CriteriaByGroup, &old).has_data());
    assert!(!build(ChartKind::RecognitionByGroup, &old).has_data());
}
