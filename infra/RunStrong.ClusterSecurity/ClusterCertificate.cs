using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RunStrong.ClusterSecurity;

/// <summary>Loads the cluster certificate from files, and makes self-signed ones for local runs and tests.</summary>
public static class ClusterCertificate
{
    /// <summary>File names of a certificate written by <see cref="WritePem"/> (the AppHost's and the tests').</summary>
    public const string CertificateFile = "cluster.crt";
    public const string KeyFile = "cluster.key";

    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>Reads a PEM (with the key in <paramref name="keyPath"/> or the same file) or PKCS#12 certificate that has its private key.</summary>
    public static X509Certificate2 Load(string certificatePath, string? keyPath, string? password)
    {
        if (!File.Exists(certificatePath))
        {
            throw new InvalidOperationException($"The cluster certificate '{certificatePath}' ({ClusterTlsSettings.Section}:CertificatePath) does not exist.");
        }

        var extension = Path.GetExtension(certificatePath).ToLowerInvariant();
        X509Certificate2 certificate;
        if (extension is ".pfx" or ".p12")
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        else
        {
            var key = string.IsNullOrWhiteSpace(keyPath) ? null : keyPath;
            using var pem = string.IsNullOrEmpty(password)
                ? X509Certificate2.CreateFromPemFile(certificatePath, key)
                : X509Certificate2.CreateFromEncryptedPemFile(certificatePath, password, key);
            // A PEM key lives only in this object; SslStream on some platforms needs it in a PKCS#12 form.
            certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.EphemeralKeySet);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"The cluster certificate '{certificatePath}' has no private key: give it in the same file or in {ClusterTlsSettings.Section}:KeyPath.");
        }

        return certificate;
    }

    /// <summary>Reads every certificate of a PEM file (CA bundle).</summary>
    public static X509Certificate2Collection LoadAuthorities(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The cluster CA file '{path}' ({ClusterTlsSettings.Section}:CaPath) does not exist.");
        }

        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(path);
        return authorities.Count > 0
            ? authorities
            : throw new InvalidOperationException($"The cluster CA file '{path}' ({ClusterTlsSettings.Section}:CaPath) holds no certificate.");
    }

    /// <summary>
    /// A self-signed ECDSA P-256 certificate for loopback (subjectAltName 127.0.0.1, ::1, localhost), usable
    /// by servers and clients alike, as a local platform or a test run needs one.
    /// </summary>
    public static X509Certificate2 CreateSelfSigned(string commonName, TimeSpan validFor)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication), new Oid(ClientAuthentication)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(validFor));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.EphemeralKeySet | X509KeyStorageFlags.Exportable);
    }

    /// <summary>Writes <see cref="CertificateFile"/> and <see cref="KeyFile"/> (mode 0600 on Unix) into <paramref name="folder"/>.</summary>
    public static ClusterCertificateFiles WritePem(X509Certificate2 certificate, string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new ClusterCertificateFiles(Path.Combine(folder, CertificateFile), Path.Combine(folder, KeyFile));
        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("Only ECDSA certificates are written here.");
        WriteOwnerOnly(files.KeyPath, key.ExportPkcs8PrivateKeyPem());
        WriteOwnerOnly(files.CertificatePath, certificate.ExportCertificatePem());
        return files;
    }

    /// <summary>
    /// The local platform's certificate in <paramref name="folder"/>: reused when it is there and valid for at
    /// least another 30 days, else created (valid 2 years) and written. The AppHost keeps it next to Azurite's data.
    /// </summary>
    public static ClusterCertificateFiles EnsureLocal(string folder)
    {
        var files = new ClusterCertificateFiles(Path.Combine(folder, CertificateFile), Path.Combine(folder, KeyFile));
        if (File.Exists(files.CertificatePath) && File.Exists(files.KeyPath))
        {
            try
            {
                using var existing = Load(files.CertificatePath, files.KeyPath, null);
                if (existing.NotAfter.ToUniversalTime() > DateTime.UtcNow.AddDays(30))
                {
                    return files;
                }
            }
            catch (CryptographicException)
            {
                // Unreadable: make a new one below.
            }
        }

        using var created = CreateSelfSigned("runstrong-local-cluster", TimeSpan.FromDays(730));
        return WritePem(created, folder);
    }

    private static void WriteOwnerOnly(string path, string contents)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(contents);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to a new file; an existing one keeps its mode otherwise.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
