package kafkaio

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// TLS configures TLS to the brokers from PEM files. TLS is on when any
// field is set; with no CAFile the system's roots verify the brokers.
type TLS struct {
	// CAFile is the PEM file of the CA that signs the brokers' certificates.
	CAFile string
	// CertFile and KeyFile are the PEM client certificate and key, for
	// mutual TLS; they go together.
	CertFile, KeyFile string
	// Enable turns TLS on with the system's roots and no client certificate.
	Enable bool
}

func (t TLS) enabled() bool { return t.Enable || t.CAFile != "" || t.CertFile != "" || t.KeyFile != "" }

// build returns the tls.Config, or nil for plaintext. Errors are
// *ConfigError.
func (t TLS) build() (*tls.Config, error) {
	if !t.enabled() {
		return nil, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if t.CAFile != "" {
		pem, err := os.ReadFile(t.CAFile)
		if err != nil {
			return nil, &ConfigError{"TLS.CAFile", err}
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, &ConfigError{"TLS.CAFile", fmt.Errorf("no PEM certificate in %s", t.CAFile)}
		}
		tc.RootCAs = pool
	}
	if (t.CertFile == "") != (t.KeyFile == "") {
		return nil, &ConfigError{"TLS.CertFile", errors.New("the client certificate and key go together")}
	}
	if t.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(t.CertFile, t.KeyFile)
		if err != nil {
			return nil, &ConfigError{"TLS.CertFile", err}
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	return tc, nil
}

// SASL mechanisms quotewire supports.
const (
	MechanismPlain       = "PLAIN"
	MechanismSCRAMSHA256 = "SCRAM-SHA-256"
	MechanismSCRAMSHA512 = "SCRAM-SHA-512"
)

// Mechanisms lists the supported SASL mechanisms.
func Mechanisms() []string {
	return []string{MechanismPlain, MechanismSCRAMSHA256, MechanismSCRAMSHA512}
}

// SASL configures SASL authentication.
type SASL struct {
	// Mechanism is PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (any case);
	// empty means no SASL.
	Mechanism string
	// User and Password are the credentials; a mechanism needs a user.
	User, Password string
}

// build returns the mechanism, or nil for none. Errors are *ConfigError.
func (s SASL) build() (sasl.Mechanism, error) {
	if s.Mechanism == "" {
		if s.User != "" {
			return nil, &ConfigError{"SASL.Mechanism", errors.New("a SASL user is set but no mechanism")}
		}
		return nil, nil
	}
	var mech sasl.Mechanism
	var err error
	switch strings.ToUpper(s.Mechanism) {
	case MechanismPlain:
		mech = plain.Mechanism{Username: s.User, Password: s.Password}
	case MechanismSCRAMSHA256:
		mech, err = scram.Mechanism(scram.SHA256, s.User, s.Password)
	case MechanismSCRAMSHA512:
		mech, err = scram.Mechanism(scram.SHA512, s.User, s.Password)
	default:
		return nil, &ConfigError{"SASL.Mechanism", fmt.Errorf("%q is not a SASL mechanism quotewire supports: use %s", s.Mechanism, orList(Mechanisms()))}
	}
	if err != nil {
		return nil, &ConfigError{"SASL.Mechanism", err}
	}
	if s.User == "" {
		return nil, &ConfigError{"SASL.User", fmt.Errorf("SASL mechanism %s needs a user and a password", strings.ToUpper(s.Mechanism))}
	}
	return mech, nil
}

// orList joins "a, b or c".
func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
