package sheet

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want Number
	}{
		// Plain numbers, as numeric cells give them.
		{"37.2", Number{Value: 37.2}},
		{"0", Number{}},
		{"-3.5", Number{Value: -3.5}},
		{"+5", Number{Value: 5}},
		{".5", Number{Value: 0.5}},
		{"5.", Number{Value: 5}},
		{"1.5E-3", Number{Value: 0.0015}},
		{"5.9e+2", Number{Value: 590}},
		{"-0", Number{}},
		// Spaces of every kind.
		{" 37.2 ", Number{Value: 37.2}},
		{"\u300037.2\u3000", Number{Value: 37.2}},
		{"37\u00a0500", Number{Value: 37500}},
		{"8 504.6", Number{Value: 8504.6}},
		{"\t12\n", Number{Value: 12}},
		// Full-width digits and signs.
		{"１２３．４", Number{Value: 123.4}},
		{"－５", Number{Value: -5}},
		{"＋５", Number{Value: 5}},
		{"−2.1", Number{Value: -2.1}}, // U+2212 minus sign
		// Thousands separators.
		{"8,504.6", Number{Value: 8504.6}},
		{"8，504.6", Number{Value: 8504.6}},
		{"1,234,567", Number{Value: 1234567}},
		{"-12,000", Number{Value: -12000}},
		// Percent.
		{"5.9%", Number{Value: 5.9, Percent: true}},
		{"５．９％", Number{Value: 5.9, Percent: true}},
		{"5.9 %", Number{Value: 5.9, Percent: true}},
		// Units.
		{"38万元/人", Number{Value: 38, Unit: "万元/人"}},
		{"38 万元／人", Number{Value: 38, Unit: "万元/人"}},
		{"312.6(万人)", Number{Value: 312.6, Unit: "(万人)"}},
		{"5000件", Number{Value: 5000, Unit: "件"}},
		{"38亿元", Number{Value: 38, Unit: "亿元"}},
		{"0x10", Number{Value: 0, Unit: "x10"}}, // a unit Read refuses, as it is not the plan's
		// Approximate and bounded.
		{"约5000", Number{Value: 5000, Approx: true}},
		{"大约5000", Number{Value: 5000, Approx: true}},
		{"约为5000", Number{Value: 5000, Approx: true}},
		{"5000左右", Number{Value: 5000, Approx: true}},
		{"约 5,000 件左右", Number{Value: 5000, Approx: true, Unit: "件"}},
		{"5%左右", Number{Value: 5, Approx: true, Percent: true}},
		{"312.6万人以内", Number{Value: 312.6, Approx: true, Unit: "万人", Bound: "以内"}},
		{"11%以上", Number{Value: 11, Approx: true, Percent: true, Bound: "以上"}},
		{"30以下", Number{Value: 30, Approx: true, Bound: "以下"}},
		// Missing.
		{"", Number{Missing: true}},
		{"   ", Number{Missing: true}},
		{"\u3000", Number{Missing: true}},
		{"-", Number{Missing: true}},
		{"—", Number{Missing: true}},
		{"——", Number{Missing: true}},
		{"–", Number{Missing: true}},
		{"--", Number{Missing: true}},
		{"/", Number{Missing: true}},
		{"／", Number{Missing: true}},
		{"－", Number{Missing: true}},
		{"待补", Number{Missing: true}},
		{" 待补 ", Number{Missing: true}},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseNumber(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"待核实", `"待核实" is not a number`},
		{" 待核实 ", `"待核实" is not a number`},
		{"abc", `"abc" is not a number`},
		{"约", `"约" is not a number`},
		{"左右", `"左右" is not a number`},
		{"+", `"+" is not a number`},
		{".", `"." is not a number`},
		{"1.2.3", `"1.2.3" is not a number`},
		{"12,34", `"12,34" is not a number: thousands separators must group three digits, as in 8,504.6`},
		{"1234,567", `"1234,567" is not a number: thousands separators`},
		{",123", `",123" is not a number: thousands separators`},
		{"1,,234", `"1,,234" is not a number: thousands separators`},
		{"8504,6", `"8504,6" is not a number: thousands separators`},
		{"5%%", `"5%%" is not a number`},
		{"5%万元", `"5%万元" is not a number`},
		{"万元5", `"万元5" is not a number`},
		{"5-", `"5-" is not a number`},
		{"(5)", `"(5)" is not a number`},
		{"Inf", `"Inf" is not a number`},
		{"NaN", `"NaN" is not a number`},
		{"1e999", `"1e999" is out of range`},
		{"二〇二三", `"二〇二三" is not a number`},
		{"无", `"无" is not a number`},
		{"约待补", `"约待补" is not a number`},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %+v, want error %q", tt.in, got, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseNumber(%q): error %q, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

// TestParseNumberRoundTrip checks that a number printed as Excel stores it,
// or as Go prints it, reads back exactly.
func TestParseNumberRoundTrip(t *testing.T) {
	for _, v := range []float64{0, 1, -1, 0.1, 37.2, 8504.6, 1e-7, 1.5e300, -2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 312.6, 0.059} {
		for _, s := range []string{strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'E', -1, 64)} {
			got, err := ParseNumber(s)
			if err != nil || got.Value != v || got.Unit != "" || got.Percent {
				t.Errorf("ParseNumber(%q) = %+v, %v; want %v", s, got, err, v)
			}
		}
	}
}

func TestParseYesNo(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"是", 1, true}, {"否", 0, true},
		{"完成", 1, true}, {"已完成", 1, true}, {"未完成", 0, true},
		{"达标", 1, true}, {"未达标", 0, true},
		{"满足", 1, true}, {"不满足", 0, true},
		{"合格", 1, true}, {"不合格", 0, true},
		{"yes", 1, true}, {"No", 0, true}, {"TRUE", 1, true}, {"false", 0, true},
		{"Y", 1, true}, {"n", 0, true}, {"1", 1, true}, {"0", 0, true},
		{" 是 ", 1, true}, {"\u3000完成", 1, true}, {"Ｙ", 1, true}, {"１", 1, true},
		{"基本完成", 0, false}, {"2", 0, false}, {"", 0, false}, {"是否", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseYesNo(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseYesNo(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseYear(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"2023", 2023, true}, {"2023年", 2023, true}, {"2023年度", 2023, true}, {"2023.0", 2023, true},
		{"２０２３", 2023, true}, {" 2023 ", 2023, true}, {"2023.00", 2023, true},
		{"2023.5", 0, false}, {"二〇二三", 0, false}, {"", 0, false}, {"20231", 0, false},
		{"2023-01-01", 0, false}, {"-2023", 0, false}, {"1e3", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseYear(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseYear(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPercentFormat(t *testing.T) {
	tests := []struct {
		code string
		x    float64
		want bool
	}{
		{"0%", 1, true},
		{"0.0%", 1, true},
		{"0.00%;[Red]-0.00%", -1, true},
		{`0.0"%"`, 1, false},
		{`0.0\%`, 1, false},
		{`0.0_%`, 1, false},
		{`[$%-409]0.0`, 1, false},
		{"0.0", 1, false},
		{"", 1, false},
		{`0.0;-0.0%`, 1, false},
		{`0.0;-0.0%`, -1, true},
		{`"a;b"0%`, 1, true},
	}
	for _, tt := range tests {
		if got := isPercentCode(tt.code, tt.x); got != tt.want {
			t.Errorf("isPercentCode(%q, %v) = %v, want %v", tt.code, tt.x, got, tt.want)
		}
	}
	// 100·x in decimal: 0.059 × 100 = 5.9 exactly, not 5.8999999999999995.
	for _, tt := range []struct{ x, want float64 }{{0.059, 5.9}, {0.1, 10}, {1.5, 150}, {0, 0}, {-0.035, -3.5}, {1e-20, 1e-18}} {
		if got := percentPoints(tt.x); got != tt.want {
			t.Errorf("percentPoints(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}
