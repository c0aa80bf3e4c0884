package compare

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// benchPlans writes n results into dir, each with the 30 shared codes and
// 10 indicators of its own, every indicator with its years B..Y and a
// chart, so that a file is about the size of a real plan's result of that
// many indicators. It returns their paths and their total size.
func benchPlans(tb testing.TB, dir string, n int) ([]string, int64) {
	tb.Helper()
	kinds := []model.Kind{model.Level, model.AvgGrowth, model.Ceiling, model.Municipal, model.Delta}
	statuses := []model.Status{model.Ahead, model.OnTrack, model.Met, model.Lagging, model.SeriouslyLagging, model.NotMet, model.NoData}
	var paths []string
	var total int64
	for p := range n {
		res := &eval.Result{Format: eval.Format, Plan: eval.PlanInfo{ID: fmt.Sprintf("d%04d-14th", p), Name: fmt.Sprintf("第%d区“十四五”规划纲要", p), ShortName: fmt.Sprintf("第%d区“十四五”规划", p), BaseYear: 2020, TargetYear: 2025}, Year: 2024, Stage: model.Annual}
		for i := range 40 {
			code := ""
			if i < 30 {
				code = fmt.Sprintf("bj.i%02d", i)
			}
			st := statuses[(p+i)%len(statuses)]
			pace := 0.4 + float64((p*7+i*3)%100)/80
			r := eval.IndicatorResult{
				ID: fmt.Sprint(i + 1), Code: code, Name: fmt.Sprintf("共同指标%d的名称", i), Unit: "%", Category: "c", CategoryName: "类别",
				Binding: i%4 == 0, Lead: "fgw", LeadName: "区发展改革委", Kind: kinds[i%len(kinds)], TargetText: "6",
				TargetValue: f(6), Baseline: f(4), Value: f(5.5), Expected: f(5.6), Progress: f(0.75), PaceRatio: &pace,
				Status: st, StatusLabel: st.Label(), Decimals: 1,
				Chart: &eval.Chart{Kind: eval.ChartLine, Unit: "%", FromYear: 2020, ToYear: 2025},
			}
			ser := eval.ChartSeries{Role: eval.SeriesActual}
			for y := 2020; y <= 2024; y++ {
				r.Years = append(r.Years, eval.YearResult{Year: y, Value: f(4 + float64(y-2020)*0.4), Expected: f(4 + float64(y-2020)*0.4), Status: st, StatusLabel: st.Label(), Source: "区统计局", At: "指标数据.xlsx: 指标数据!D12"})
				ser.Points = append(ser.Points, eval.ChartPoint{Year: y, Value: 4 + float64(y-2020)*0.4, Text: "4.4"})
			}
			r.Chart.Series = []eval.ChartSeries{ser}
			res.Indicators = append(res.Indicators, r)
			res.Summary.Total++
		}
		for _, st := range eval.Statuses() {
			res.Summary.ByStatus = append(res.Summary.ByStatus, eval.Count{Status: st, Label: st.Label()})
		}
		js, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			tb.Fatal(err)
		}
		path := filepath.Join(dir, res.Plan.ID+"_2024.json")
		if err := os.WriteFile(path, js, 0o644); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, path)
		total += int64(len(js))
	}
	return paths, total
}

// compareFiles is what plancheck compare does with the files: each read
// and added in turn, then the comparison decided.
func compareFiles(tb testing.TB, paths []string) *Comparison {
	b := New(2024)
	for _, p := range paths {
		fh, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		err = b.Add(fh, p)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
	}
	c, err := b.Comparison()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkCompare compares 100 and 1,000 plans × 30 shared indicators
// (docs/PERFORMANCE.md, "plancheck compare"). retained-MiB is the heap
// the comparison holds once decided (after a GC): the plans' summaries,
// never their whole results; it grows with plans × shared indicators,
// which the outputs list, not with the size of the results read.
//
//	go test ./report/compare -run XXX -bench Compare -benchtime 3x
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("plans=%d", n), func(b *testing.B) {
			paths, size := benchPlans(b, b.TempDir(), n)
			b.SetBytes(size)
			b.ResetTimer()
			var c *Comparison
			for b.Loop() {
				c = compareFiles(b, paths)
			}
			b.StopTimer()
			if len(c.Plans) != n || len(c.Indicators) != 30 {
				b.Fatalf("%d plans, %d shared", len(c.Plans), len(c.Indicators))
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "retained-MiB")
			b.ReportMetric(float64(size)/(1<<20), "input-MiB")
			runtime.KeepAlive(c)
		})
	}
}
