package xlsx

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	fx := loadFixture(t, 2023)
	os.WriteFile("/tmp/xl/a.xlsx", fx.write(t, Options{}), 0o644)
	os.WriteFile("/tmp/xl/b.xlsx", fx.write(t, Options{}), 0o644)
}
