//go:build integration

package kafkaio_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/quotewire/quotewire/internal/testenv"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/pipeline/kafkaio"
)

// writeCerts makes a CA and a server certificate for 127.0.0.1 in dir:
// ca.pem, server.pem and server.key (PKCS#8), as deploy/kafka/start wants.
func writeCerts(t *testing.T, dir string) *x509.CertPool {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "quotewire test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour), IsCA: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature, BasicConstraintsValid: true}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, _ := x509.MarshalPKCS8PrivateKey(key)
	write := func(name, typ string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: b}), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("ca.pem", "CERTIFICATE", caDER)
	write("server.pem", "CERTIFICATE", der)
	write("server.key", "PRIVATE KEY", pkcs8)
	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return pool
}

// startSecureBroker starts a broker of its own with a SASL_SSL listener.
// It needs the real broker (Java); without it the test skips, or fails in CI.
func startSecureBroker(t *testing.T) (addr, caFile string) {
	t.Helper()
	if _, err := exec.LookPath("java"); err != nil {
		testenv.Missing(t, "java is not installed: the TLS/SASL test needs the real broker")
	}
	certs, run := t.TempDir(), t.TempDir()
	writeCerts(t, certs)
	start, _ := filepath.Abs("../../deploy/kafka/start")
	stop, _ := filepath.Abs("../../deploy/kafka/stop")
	cmd := exec.Command(start)
	cmd.Env = append(os.Environ(), "KAFKA_RUN_DIR="+run, "KAFKA_SASL_SSL_DIR="+certs, "KAFKA_SCRAM_USERS=alice:alice-secret", "KAFKA_PORT=")
	out, err := cmd.Output()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(run, "broker.log"))
		t.Fatalf("starting the SASL_SSL broker: %v\n%s\n%s", err, out, log)
	}
	t.Cleanup(func() {
		c := exec.Command(stop)
		c.Env = append(os.Environ(), "KAFKA_RUN_DIR="+run)
		c.Run()
	})
	for _, line := range strings.Split(string(out), "\n") {
		if addr, ok := strings.CutPrefix(line, "KAFKA_SASL_SSL_BROKERS="); ok {
			return addr, filepath.Join(certs, "ca.pem")
		}
	}
	t.Fatalf("no SASL_SSL address in %q", out)
	return "", ""
}

// The worker runs over TLS with SCRAM; a wrong password fails at once, as
// a fatal error, without a storm of retries.
func TestSASLSSL(t *testing.T) {
	addr, ca := startSecureBroker(t)
	cfg := kafkaio.Config{Brokers: []string{addr}, TLS: kafkaio.TLS{CAFile: ca},
		SASL: kafkaio.SASL{Mechanism: kafkaio.MechanismSCRAMSHA512, User: "alice", Password: "alice-secret"}}
	tp := topics{in: "secure-in", out: "secure-out", dlq: "secure-dlq", group: "secure-group"}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := kafkaio.EnsureTopics(ctx, cfg, kafkaio.TopicSpec{Name: tp.in, Partitions: 2}, kafkaio.TopicSpec{Name: tp.out, Partitions: 2},
		kafkaio.TopicSpec{Name: tp.dlq, Partitions: 1}); err != nil {
		t.Fatalf("creating topics over SASL_SSL: %v", err)
	}
	want := produceArticles(t, cfg, tp.in, 0, 50)
	startWorker(t, cfg, tp)
	checkRecords(t, want, collect(t, cfg, tp.out, len(want), 3*time.Minute))

	// A wrong password.
	badCfg := cfg
	badCfg.SASL.Password = "wrong"
	sink, err := kafkaio.NewSink(kafkaio.SinkConfig{Config: badCfg})
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	start := time.Now()
	err = sink.Write(ctx, pipeline.Record{Topic: tp.in, Key: []byte("k"), Value: []byte("v")})
	if pipeline.ClassOf(err) != pipeline.ClassDenied || errors.Is(err, pipeline.ErrTransient) || !errors.Is(err, kafka.SASLAuthenticationFailed) {
		t.Fatalf("write with a wrong password: %v (want a fatal SASL authentication error)", err)
	}
	src, err := kafkaio.NewSource(kafkaio.SourceConfig{Config: badCfg, Topic: tp.in, GroupID: "bad-" + tp.group})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := src.Fetch(ctx); pipeline.ClassOf(err) != pipeline.ClassDenied || !errors.Is(err, kafka.SASLAuthenticationFailed) {
		t.Fatalf("fetch with a wrong password: %v", err)
	}
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("the wrong password took %s to be reported", el)
	}
}
